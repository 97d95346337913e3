package org.counterdesk.drawer;

/** How a session came to be closed. */
public enum CloseOutcome {
    BALANCED("Balanced"),
    WITHIN_TOLERANCE("Within tolerance"),
    ACCEPTED("Variance accepted by supervisor"),
    WRITTEN_OFF("Variance written off to cash over/short");

    private final String label;

    CloseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
