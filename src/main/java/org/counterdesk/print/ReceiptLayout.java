package org.counterdesk.print;

/** The paper receipts (and the other counter documents) are printed on. */
public enum ReceiptLayout {
    /** An 80 mm thermal roll: the counter's receipt printer. */
    ROLL_80MM(PageFormat.ROLL_80MM, "80 mm roll"),
    /** An A4 page: for receipts that are mailed, or a counter with an office printer. */
    A4(PageFormat.A4, "A4 paper");

    private final PageFormat format;
    private final String label;

    ReceiptLayout(PageFormat format, String label) {
        this.format = format;
        this.label = label;
    }

    /** How the paper is named on screen. */
    public String label() {
        return label;
    }

    public PageFormat format() {
        return format;
    }
}
