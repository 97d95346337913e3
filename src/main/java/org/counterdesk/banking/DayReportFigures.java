package org.counterdesk.banking;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterdesk.common.Counted;
import org.counterdesk.drawer.TenderTotals;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The figures of a day report: receipts by GL account and tax code (what finance posts), the
 * postings that are not fees, the period's totals, and the splits by tender, fee code and
 * cashier. Short lists of figures sit in a column at the left so each amount stays near its label.
 */
record DayReportFigures(DocWriter out, DayFigures f, Organisation.Accounts accounts) {

    void glLines() {
        Sections.heading(out, "Receipts by GL account and tax code (what finance posts)", f.byGl().size() + 2);
        Table t = new Table(out.flow(), List.of(Table.Column.left("GL account", 0.25f), Table.Column.left("Tax code", 0.13f),
                Table.Column.right("Amount (incl. GST)", 0.22f), Table.Column.right("GST", 0.18f),
                Table.Column.right("Net of GST", 0.22f)));
        t.start(Style.SMALL_STRONG);
        Money amount = Money.ZERO;
        Money gst = Money.ZERO;
        for (DayFigures.GlLine l : f.byGl()) {
            t.row(Style.BODY, l.gl(), l.taxCode(), l.amount().format(), l.gst().format(), l.amount().minus(l.gst()).format());
            amount = amount.plus(l.amount());
            gst = gst.plus(l.gst());
        }
        t.end();
        if (f.byGl().isEmpty()) {
            out.text(Style.BODY, "No fees were receipted.");
        }
        out.heavyRule();
        t.row(Style.STRONG, "Total", "", amount.format(), gst.format(), amount.minus(gst).format());
        out.gap(2);
        out.text(Style.SMALL, "Net of voids and of cheques dishonoured this day. Tax codes: GST taxable (the amount "
                + "includes 10% GST); FRE GST-free; NT not a taxable supply (rates, fines, statutory fees, bonds).");
    }

    void otherPostings() {
        Sections.heading(out, "Other amounts to post", 4);
        Table t = new Table(out.flow(), List.of(Table.Column.left("", 0.5f), Table.Column.left("GL account", 0.25f),
                Table.Column.right("Amount", 0.25f)));
        t.start(Style.SMALL_STRONG);
        t.row(Style.BODY, "Cash rounding (on cash payments)", gl(accounts == null ? null : accounts.cashRounding()),
                f.rounding().format());
        t.row(Style.BODY, "Petty cash paid out", gl(accounts == null ? null : accounts.pettyCash()),
                f.pettyCash().format());
        t.row(Style.BODY, "Cash over / short (" + variance(f.overShort()) + ")",
                gl(accounts == null ? null : accounts.cashOverShort()), f.overShort().format());
        t.end();
    }

    void period() {
        Sections.heading(out, "This period", 7);
        DocWriter col = out.column(0, 0.62f);
        col.amount(Style.BODY, "Fees receipted (" + Counted.of(f.receipts(), "receipt", "receipts") + ")", f.receipted().format());
        col.amount(Style.BODY, "Less voided (" + Counted.of(f.voids(), "void", "voids") + ")",
                f.voided().negate().format());
        col.amount(Style.BODY, "Less reversed: dishonoured cheques (" + f.reversals() + ")", f.reversed().negate().format());
        col.heavyRule();
        col.amount(Style.STRONG, "Period total", f.periodTotal().format());
        col.gap(4);
        col.amount(Style.BODY, "GST collected (included above)", f.gst().format());
    }

    void tenders() {
        Sections.heading(out, "By tender", TenderTotals.LINES);
        DocWriter col = out.column(0, 0.62f);
        TenderTotals.write(col, f.byTender(), "Cheques (less any dishonoured)");
        col.gap(2);
        col.text(Style.SMALL, "Total taken is the period total plus the cash rounding.");
    }

    /** The split by fee code, each code with its description ({@code names}) beside it. */
    void byFeeCode(Map<String, String> names) {
        Map<String, Money> named = new TreeMap<>();
        f.byFeeCode().forEach((code, amount) -> named.put(names.containsKey(code)
                ? code + " \u2014 " + names.get(code) : code, amount));
        list("By fee code", named, "Fees receipted, net of voids");
    }

    void byCashier() {
        list("By cashier", f.byCashier(), "Receipted, net of voids");
    }

    private void list(String title, Map<String, Money> totals, String totalLabel) {
        Sections.heading(out, title, Math.min(totals.size(), 4) + 1);
        DocWriter col = out.column(0, 0.62f);
        Money all = Money.ZERO;
        for (Map.Entry<String, Money> e : new TreeMap<>(totals).entrySet()) {
            col.amount(Style.BODY, e.getKey(), e.getValue().format());
            all = all.plus(e.getValue());
        }
        if (totals.isEmpty()) {
            col.text(Style.BODY, "None.");
        }
        col.rule();
        col.amount(Style.STRONG, totalLabel, all.format());
    }

    private static String gl(String account) {
        return account == null ? "not set up" : account;
    }

    private static String variance(Money v) {
        return v.isZero() ? "none" : Variance.label(v);
    }
}
