package org.counterdesk.drawer;

/** What a supervisor decides about a closing count beyond tolerance. */
public enum Decision {
    /** Count again; this count stays on record. */
    RECOUNT("Recount"),
    /** Accept the count and its variance, with a note saying why. */
    ACCEPT("Accept with a note"),
    /** Write the variance off to the cash over/short GL account, with a note. */
    WRITE_OFF("Write off to cash over/short");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
