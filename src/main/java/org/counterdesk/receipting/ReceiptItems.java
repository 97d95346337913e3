package org.counterdesk.receipting;

import java.util.ArrayList;
import java.util.List;
import org.counterdesk.money.Money;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The items of a receipt and their total: compact two-line items on a roll, a table on A4.
 * Taxable items carry a {@code *} that the footnote explains, as a tax invoice must show which
 * items are taxable. A void notice uses the same layout with the amounts reversed.
 */
final class ReceiptItems {

    static final String TAXABLE_MARK = " *";
    static final String TAXABLE_NOTE = "* taxable supply: price includes GST";

    private ReceiptItems() {
    }

    /** Writes the items, with each amount multiplied by {@code sign} (1, or -1 on a void notice). */
    static void write(DocWriter out, Receipt r, int sign) {
        if (out.flow().format().roll()) {
            compact(out, r, sign);
        } else {
            table(out, r, sign);
        }
    }

    static String description(ReceiptLine l) {
        return l.description() + (l.taxCode().taxable() ? TAXABLE_MARK : "");
    }

    /** The second line of a compact item: fee code, the reference with its label, and quantity × price when more than one. */
    static String detail(ReceiptLine l) {
        List<String> parts = new ArrayList<>();
        parts.add(l.feeCode());
        if (l.reference() != null) {
            parts.add(l.labelledReference());
        }
        if (l.quantity() > 1) {
            parts.add(l.quantity() + " × " + l.unitPrice().format());
        }
        return String.join(" · ", parts);
    }

    private static void compact(DocWriter out, Receipt r, int sign) {
        for (ReceiptLine l : r.lines()) {
            out.amount(Style.BODY, description(l), signed(l.amount(), sign).format());
            out.indented(Style.SMALL, 6, detail(l));
            out.gap(2);
        }
    }

    private static void table(DocWriter out, Receipt r, int sign) {
        Table table = new Table(out.flow(), List.of(Table.Column.left("Code", 0.1f), Table.Column.left("Description", 0.32f),
                Table.Column.left("Reference", 0.24f), Table.Column.right("Qty", 0.07f),
                Table.Column.right("Unit price", 0.13f), Table.Column.right("Amount", 0.14f)));
        table.start(Style.SMALL_STRONG);
        for (ReceiptLine l : r.lines()) {
            table.row(Style.BODY, l.feeCode(), description(l), l.reference() == null ? "" : l.labelledReference(),
                    Long.toString(l.quantity()), signed(l.unitPrice(), sign).format(), signed(l.amount(), sign).format());
        }
        table.end();
    }

    static Money signed(Money m, int sign) {
        return sign < 0 ? m.negate() : m;
    }
}
