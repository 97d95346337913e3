package org.counterdesk.drawer;

import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Style;

/**
 * The takings by tender as the drawer's X and Z reports and the banking day report list them:
 * one line per tender in a fixed order, then the total taken. Shared so that every report adds
 * the tenders up the same way; only how cheques read is the caller's (a day report's are less
 * any dishonoured).
 */
public final class TenderTotals {

    /** How many lines {@link #write} takes: a line per tender, the rule and the total. */
    public static final int LINES = TenderKind.values().length + 2;

    private TenderTotals() {
    }

    /** Writes the amount of each tender of {@code byTender}, cheques labelled {@code cheques}, then the total taken. */
    public static void write(DocWriter out, Map<String, Money> byTender, String cheques) {
        List<Map.Entry<TenderKind, String>> tenders = List.of(
                Map.entry(TenderKind.CASH, "Cash (net of change)"),
                Map.entry(TenderKind.EFTPOS, TenderKind.EFTPOS.label()),
                Map.entry(TenderKind.CHEQUE, cheques),
                Map.entry(TenderKind.MONEY_ORDER, "Money orders"));
        Money all = Money.ZERO;
        for (Map.Entry<TenderKind, String> t : tenders) {
            Money amount = byTender.getOrDefault(t.getKey().name(), Money.ZERO);
            out.amount(Style.BODY, t.getValue(), amount.format());
            all = all.plus(amount);
        }
        out.rule();
        out.amount(Style.STRONG, "Total taken", all.format());
    }
}
