package org.counterdesk.money;

/**
 * How a fee is treated for GST. FRE and NT both carry no GST but finance reports them
 * differently on the activity statement, so the code is kept rather than a yes/no.
 */
public enum TaxCode {
    /** A taxable supply; the price includes 10% GST. */
    GST,
    /** A GST-free supply. */
    FRE,
    /** Not a taxable supply at all: rates, fines, statutory fees, bonds, debtor payments. */
    NT;

    public boolean taxable() {
        return this == GST;
    }

    /** The GST included in a GST-inclusive amount of this code: P/11 to the nearest cent. */
    public Money gstIn(Money inclusive) {
        return taxable() ? Gst.includedIn(inclusive) : Money.ZERO;
    }
}
