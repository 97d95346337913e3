package org.counterdesk.receipting;

import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Style;

/**
 * How a receipt was paid: the cash rounding as its own line (so every total reconciles), each
 * tender with its details, and the change.
 */
final class ReceiptPayments {

    private ReceiptPayments() {
    }

    static void write(DocWriter out, Receipt r) {
        if (!r.rounding().isZero()) {
            out.amount(Style.BODY, "Cash rounding", r.rounding().format());
            out.amount(Style.STRONG, "Amount paid", r.taken().format());
        }
        out.rule();
        out.text(Style.SMALL_STRONG, "PAID BY");
        boolean cash = false;
        for (Tender t : r.tenders()) {
            out.amount(Style.BODY, TenderText.headline(t), t.amount().format());
            TenderText.details(t).ifPresent(d -> out.indented(Style.SMALL, 6, d));
            out.gap(1.5f);
            cash |= t.isCash();
        }
        if (cash) {
            out.amount(Style.STRONG, "Change", r.change().format());
        }
    }
}
