package org.counterdesk.banking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;

/**
 * A terminal's business day in figures: receipts, voids and reversals (dishonoured cheques)
 * recorded that day, their totals by GL account and tax code (what finance posts), by tender,
 * by fee code and by cashier, GST, cash rounding, petty cash and cash over/short.
 */
public record DayFigures(LocalDate date, String firstReceiptNo, String lastReceiptNo, int receipts, int voids,
                         int reversals, Money receipted, Money voided, Money reversed, Money gst, Money rounding,
                         Money pettyCash, Money overShort, List<GlLine> byGl, Map<String, Money> byTender,
                         Map<String, Money> byFeeCode, Map<String, Money> byCashier) {

    public DayFigures {
        byGl = List.copyOf(byGl);
        byTender = Map.copyOf(byTender);
        byFeeCode = Map.copyOf(byFeeCode);
        byCashier = Map.copyOf(byCashier);
    }

    /** One GL account and tax code's net amount and GST for the day. */
    public record GlLine(String gl, String taxCode, Money amount, Money gst) {
    }

    /** Fee amounts receipted, net of voids and reversals: what the grand total grows by. */
    public Money periodTotal() {
        return receipted.minus(voided).minus(reversed);
    }

    public boolean quiet() {
        return receipts == 0 && voids == 0 && reversals == 0;
    }
}
