package org.counterdesk.money;

/** Australian notes and coins in circulation (1c and 2c were withdrawn in 1992). */
public enum Denomination {
    N100(10_000, "$100", true),
    N50(5_000, "$50", true),
    N20(2_000, "$20", true),
    N10(1_000, "$10", true),
    N5(500, "$5", true),
    C200(200, "$2", false),
    C100(100, "$1", false),
    C50(50, "50c", false),
    C20(20, "20c", false),
    C10(10, "10c", false),
    C5(5, "5c", false);

    private final long cents;
    private final String label;
    private final boolean note;

    Denomination(long cents, String label, boolean note) {
        this.cents = cents;
        this.label = label;
        this.note = note;
    }

    public Money value() {
        return Money.ofCents(cents);
    }

    public String label() {
        return label;
    }

    public boolean isNote() {
        return note;
    }
}
