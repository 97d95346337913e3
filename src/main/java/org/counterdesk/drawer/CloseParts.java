package org.counterdesk.drawer;

import java.util.List;
import java.util.Locale;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The parts only the close (Z) report has: the result (variance, outcome, the supervisor's
 * decision), expected against counted per tender, the cheque and money order checklist, and
 * the opening float. Variances read as words ("short $5.00"), never as a bare sign.
 */
final class CloseParts {

    private CloseParts() {
    }

    /** The variance and how the close came about, where a team leader looks first. */
    static void result(DocWriter out, SessionReport r, Organisation org) {
        SessionClose close = r.close().orElseThrow();
        Balance balance = r.balance().orElseThrow();
        if (close.variance().isZero()) {
            out.text(Style.TITLE, "BALANCED");
        } else {
            out.banner(Style.TITLE, Variance.label(close.variance()).toUpperCase(Locale.ROOT));
        }
        out.gap(4);
        out.alignFieldsTo(Style.BODY, "Business date");
        out.field(Style.STRONG, "Outcome", close.outcome().label());
        if (close.decidedBy() != null) {
            out.field(Style.BODY, "Decided by", close.decidedBy() + " (supervisor)");
            out.field(Style.BODY, "Note", close.note() == null ? "" : close.note());
        }
        if (close.outcome() == CloseOutcome.WRITTEN_OFF) {
            out.field(Style.BODY, "GL account", org.accounts().cashOverShort());
        }
        out.field(Style.BODY, "Tolerance", balance.tolerance().format() + " on cash; other tenders exact");
        if (r.closingCounts() > 1) {
            out.field(Style.BODY, "Counts", r.closingCounts()
                    + " (recounted at a supervisor's request; this report shows the last count)");
        }
    }

    /** Every tender expected against counted, with the variance in words, and the total. */
    static void balance(DocWriter out, Balance balance) {
        Money expected = Money.ZERO;
        Money counted = Money.ZERO;
        boolean roll = out.flow().format().roll();
        Table t = roll ? null : ReportParts.table(out, List.of(Table.Column.left("Tender", 0.34f),
                Table.Column.right("Expected", 0.2f), Table.Column.right("Counted", 0.2f),
                Table.Column.right("Variance", 0.26f)));
        for (Balance.Row row : balance.rows()) {
            expected = expected.plus(row.expected());
            counted = counted.plus(row.counted());
            tenderRow(out, t, Style.BODY, row.tender(), row.expected(), row.counted());
        }
        if (t != null) {
            t.end();
        }
        out.heavyRule();
        tenderRow(out, t, Style.STRONG, "Total", expected, counted);
    }

    private static void tenderRow(DocWriter out, Table t, Style style, String tender, Money expected, Money counted) {
        String variance = variance(counted.minus(expected));
        if (t != null) {
            t.row(style, tender, expected.format(), counted.format(), variance);
            return;
        }
        out.text(Style.STRONG, tender);
        out.amount(Style.BODY, "Expected", expected.format());
        out.amount(Style.BODY, "Counted", counted.format());
        out.amount(counted.equals(expected) ? style : Style.STRONG, "Variance", variance);
        out.gap(2);
    }

    private static String variance(Money v) {
        return v.isZero() ? "none" : Variance.label(v);
    }

    /** Each cheque and money order received, ticked present or marked MISSING. */
    static void instruments(DocWriter out, SessionFigures f, Balance balance) {
        if (f.instruments().isEmpty()) {
            out.text(Style.BODY, "No cheques or money orders were received.");
            return;
        }
        if (out.flow().format().roll()) {
            for (Instrument i : f.instruments()) {
                out.amount(Style.BODY, i.describe(), i.amount().format());
                out.indented(found(balance, i) ? Style.SMALL : Style.SMALL_STRONG, 6,
                        "Receipt " + i.receiptNo() + " · " + (found(balance, i) ? "present" : "MISSING"));
                out.gap(2);
            }
        } else {
            Table t = ReportParts.table(out, List.of(Table.Column.left("Receipt", 0.19f),
                    Table.Column.left("Cheque or money order", 0.47f), Table.Column.right("Amount", 0.16f),
                    Table.Column.right("In the drawer", 0.18f)));
            for (Instrument i : f.instruments()) {
                t.row(found(balance, i) ? Style.BODY : Style.STRONG, i.receiptNo(), i.describe(), i.amount().format(),
                        found(balance, i) ? "present" : "MISSING");
            }
            t.end();
        }
        long missing = balance.missing().size();
        out.gap(2);
        out.text(missing == 0 ? Style.BODY : Style.STRONG, f.instruments().size() + " received, "
                + (missing == 0 ? "all present." : missing + " MISSING."));
    }

    private static boolean found(Balance balance, Instrument i) {
        return balance.missing().stream().noneMatch(m -> m.key().equals(i.key()));
    }

    /**
     * The float the session opened with (set and counted, and any difference with who
     * acknowledged it) and the receipts issued, as header fields.
     */
    static void floatAndReceipts(DocWriter out, SessionReport r) {
        SessionReport.Opening o = r.opening();
        Money set = r.session().setFloat() == null ? Money.ZERO : r.session().setFloat();
        out.field(Style.BODY, "Float", set.format() + " set, " + o.count().total().format() + " counted at opening"
                + (o.difference().isZero() ? "" : " (" + Variance.label(o.difference()) + ")"));
        ReportParts.receipts(out, r.figures());
        if (o.acknowledgedBy() != null) {
            out.gap(2);
            out.text(Style.SMALL, "Float difference acknowledged by " + o.acknowledgedBy() + " (supervisor)"
                    + (o.note() == null ? "." : ": " + o.note()));
            out.gap(2);
        }
    }
}
