package org.counterdesk.drawer;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The parts the X and Z reports share: section headings, the expected cash line by line, the
 * takings by tender and fee code, the receipts issued, and the cash moved in and out. Lists
 * are compact lines on a roll and tables on A4; figures sit in a narrower column on A4 so that
 * each amount stays close to its label.
 */
final class ReportParts {

    private ReportParts() {
    }

    /** A section heading with a rule under it. */
    static void section(DocWriter out, String title) {
        section(out, title, 4);
    }

    /** A section heading kept on one page with the {@code linesAfter} body lines that follow it. */
    static void section(DocWriter out, String title, int linesAfter) {
        Sections.heading(out, title, linesAfter);
    }

    /** Where label-and-amount lines go: the whole roll, or the left part of an A4 page. */
    static DocWriter figures(DocWriter out) {
        return out.flow().format().roll() ? out : out.column(0, 0.62f);
    }

    /** The expected cash, each line with its sign, the expected total last and in bold. */
    static void makeUp(DocWriter out, SessionFigures f) {
        List<SessionFigures.Line> lines = f.cashMakeUp();
        for (int i = 0; i < lines.size() - 1; i++) {
            out.amount(Style.BODY, lines.get(i).label(), lines.get(i).amount().format());
        }
        SessionFigures.Line total = lines.get(lines.size() - 1);
        out.heavyRule();
        out.amount(Style.STRONG, total.label(), total.amount().format());
    }

    /** What was taken so far, tender by tender and fee code by fee code, net of voids. */
    static void takings(DocWriter out, SessionFigures f) {
        TenderTotals.write(out, f.byTender(), "Cheques");
        out.gap(6);
        out.text(Style.SMALL_STRONG, "BY FEE CODE");
        f.byFeeCode().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.amount(Style.BODY, e.getKey(), e.getValue().format()));
        if (f.byFeeCode().isEmpty()) {
            out.text(Style.BODY, "No fees receipted yet.");
        }
        out.rule();
        out.amount(Style.STRONG, "Fees receipted", f.feeTotal().format());
        out.amount(Style.BODY, "GST included", f.gstTotal().format());
        out.amount(Style.BODY, "Cash rounding", f.rounding().format());
    }

    /** How many receipts and voids, and the range of receipt numbers, as a header field. */
    static void receipts(DocWriter out, SessionFigures f) {
        out.field(Style.BODY, "Receipts", f.receipts() == 0 ? "none issued" : f.receipts() + " issued, "
                + f.firstReceiptNo() + " to " + f.lastReceiptNo() + "; " + f.voids() + " voided");
    }

    /** Petty cash vouchers, then drops and top-ups, each listed with its total. */
    static void movements(DocWriter out, SessionReport r, ZoneId zone) {
        if (r.movements().isEmpty()) {
            out.text(Style.BODY, "No petty cash, drops or top-ups.");
            return;
        }
        List<CashMovement> petty = r.movements(MovementKind.PETTY_CASH);
        subheading(out, "PETTY CASH VOUCHERS (" + petty.size() + ")");
        if (!petty.isEmpty()) {
            MovementLists.pettyCash(out, petty, zone);
        }
        out.rule();
        total(out, "Petty cash paid out", r.figures().pettyCash());
        List<CashMovement> others = r.movements().stream().filter(m -> m.kind() != MovementKind.PETTY_CASH).toList();
        out.gap(6);
        subheading(out, "DROPS TO THE SAFE AND FLOAT TOP-UPS (" + others.size() + ")");
        if (!others.isEmpty()) {
            MovementLists.dropsAndTopUps(out, others, zone);
        }
        out.rule();
        total(out, "Dropped to the safe", r.figures().drops());
        total(out, "Float top-ups", r.figures().topUps());
    }

    /** A small heading over a list, kept with the list's first lines. */
    private static void subheading(DocWriter out, String title) {
        out.flow().keep(out.flow().leading(Style.SMALL_STRONG) + 4 * out.flow().leading(Style.BODY));
        out.text(Style.SMALL_STRONG, title);
    }

    /** A total under a list; on A4 it spans the page so that its amount lines up with the table's amounts. */
    private static void total(DocWriter out, String label, Money amount) {
        out.amount(Style.STRONG, label, amount.format());
    }

    /** A table across the content, started with its heading row. */
    static Table table(DocWriter out, List<Table.Column> columns) {
        Table t = new Table(out.flow(), columns);
        t.start(Style.SMALL_STRONG);
        return t;
    }
}
