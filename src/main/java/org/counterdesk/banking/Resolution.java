package org.counterdesk.banking;

/** How a difference the bank reported was settled. */
public enum Resolution {
    BANK_CORRECTED("The bank corrected its error"),
    RECOVERED("Recovered (found or paid back)"),
    WRITTEN_OFF("Written off to cash over/short");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
