package org.counterdesk.testing;

import org.counterdesk.fees.Fee;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;

/** Receipt drafts the document tests share, built from the demo fee schedule. */
public final class Receipts {

    private Receipts() {
    }

    /**
     * A tax invoice paid in cash: a taxable tag, rates with an assessment number, and ten
     * photocopied pages. Total $67.52 with $1.14 GST; $100 cash rounds to $67.50, change $32.50.
     */
    public static ReceiptDraft taxInvoiceInCash(TestCounter c, String payer) {
        Fee copy = c.fee("COPY");
        return ReceiptDraft.empty()
                .withLine(c.line("TAG"))
                .withLine(c.line("RATES", "89557136", 5500))
                .withLine(DraftLine.of(copy, "", 10, copy.amount()))
                .withTender(Tender.cash(Money.ofDollars(100)))
                .withPayer(payer, "");
    }

    /**
     * A plain receipt (nothing taxable) paid four ways: $212.50 by EFTPOS $50, a $100 cheque,
     * a $20 money order and $50 cash; the cash part $42.50 needs no rounding, change $7.50.
     */
    public static ReceiptDraft everyTender(TestCounter c) {
        return ReceiptDraft.empty()
                .withLine(c.line("DOGF"))
                .withLine(c.line("RATES", "89557136", 5500))
                .withTender(Tender.eftpos(Money.ofDollars(50), "EF123456"))
                .withTender(Tender.cheque(Money.ofDollars(100), "J & K Smith", "Westpac", "032001", "000123"))
                .withTender(Tender.moneyOrder(Money.ofDollars(20), "Australia Post", "MO778899"))
                .withTender(Tender.cash(Money.ofDollars(50)));
    }

    /** A mailed rates payment by cheque. */
    public static ReceiptDraft mailedCheque(TestCounter c, long cents, String chequeNumber) {
        return ReceiptDraft.empty()
                .withLine(c.line("RATES", "89557136", cents))
                .withTender(Tender.cheque(Money.ofCents(cents), "R Patel", "ANZ", "013-006", chequeNumber))
                .withPayer("R Patel", "");
    }
}
