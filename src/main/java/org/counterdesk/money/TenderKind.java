package org.counterdesk.money;

import java.util.List;

/**
 * Ways a customer pays. Only cash gives change, and only cash is rounded. It lives with money
 * (not receipting) because drawer, banking and the finance export all sum and name tenders.
 */
public enum TenderKind {
    CASH("Cash"),
    EFTPOS("EFTPOS"),
    CHEQUE("Cheque"),
    MONEY_ORDER("Money order");

    /** The tenders that are not cash, in the order reports list them. */
    public static final List<TenderKind> NOT_CASH = List.of(EFTPOS, CHEQUE, MONEY_ORDER);

    private final String label;

    TenderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
