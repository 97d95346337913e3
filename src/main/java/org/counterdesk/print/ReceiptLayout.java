package org.counterdesk.print;

/** The paper receipts (and the other counter documents) are printed on. */
public enum ReceiptLayout {
    /** An 80 mm thermal roll: the counter's receipt printer. */
    ROLL_80MM(PageFormat.ROLL_80MM),
    /** An A4 page: for receipts that are mailed, or a counter with an office printer. */
    A4(PageFormat.A4);

    private final PageFormat format;

    ReceiptLayout(PageFormat format) {
        this.format = format;
    }

    public PageFormat format() {
        return format;
    }
}
