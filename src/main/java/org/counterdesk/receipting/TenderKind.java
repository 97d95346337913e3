package org.counterdesk.receipting;

/** Ways a customer pays. Only cash gives change, and only cash is rounded. */
public enum TenderKind {
    CASH("Cash"),
    EFTPOS("EFTPOS"),
    CHEQUE("Cheque"),
    MONEY_ORDER("Money order");

    private final String label;

    TenderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
