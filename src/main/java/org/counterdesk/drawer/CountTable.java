package org.counterdesk.drawer;

import java.util.List;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The closing count by denomination beside the float kept in the drawer and the cash to bank:
 * one table on A4 (pieces and value of each), three short lists on a roll. Only denominations
 * that were counted are shown.
 */
final class CountTable {

    private CountTable() {
    }

    static void write(DocWriter out, CashCount counted, CashCount kept) {
        CashCount toBank = counted.minus(kept);
        if (out.flow().format().roll()) {
            list(out, "COUNTED AT THE CLOSE", counted, "Total counted");
            list(out, "FLOAT KEPT (STAYS IN THE DRAWER)", kept, "Float kept");
            list(out, "CASH TO BANK", toBank, "Cash to bank");
            return;
        }
        Table t = ReportParts.table(out, List.of(Table.Column.left("Denomination", 0.16f),
                Table.Column.right("Pieces", 0.09f), Table.Column.right("Counted", 0.16f),
                Table.Column.right("Pieces", 0.09f), Table.Column.right("Float kept", 0.16f),
                Table.Column.right("Pieces", 0.09f), Table.Column.right("To bank", 0.16f)));
        for (Denomination d : Denomination.values()) {
            if (counted.quantity(d) == 0) {
                continue;
            }
            t.row(Style.BODY, d.label(), pieces(counted, d), counted.value(d).format(), pieces(kept, d),
                    value(kept, d), pieces(toBank, d), value(toBank, d));
        }
        t.end();
        out.heavyRule();
        t.row(Style.STRONG, "Total", "", counted.total().format(), "", kept.total().format(), "",
                toBank.total().format());
    }

    private static void list(DocWriter out, String heading, CashCount count, String totalLabel) {
        out.gap(4);
        out.text(Style.SMALL_STRONG, heading);
        for (Denomination d : Denomination.values()) {
            if (count.quantity(d) > 0) {
                out.amount(Style.BODY, d.label() + " × " + count.quantity(d), count.value(d).format());
            }
        }
        if (count.isEmpty()) {
            out.text(Style.BODY, "None.");
        }
        out.rule();
        out.amount(Style.STRONG, totalLabel, count.total().format());
    }

    private static String pieces(CashCount count, Denomination d) {
        return count.quantity(d) == 0 ? "–" : Long.toString(count.quantity(d));
    }

    private static String value(CashCount count, Denomination d) {
        return count.quantity(d) == 0 ? "–" : count.value(d).format();
    }
}
