package org.counterdesk.banking;

import java.util.List;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.Money;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The page after the deposit slip, kept by the council: which drawer sessions the deposit
 * holds and how each closed, what each handed over, the EFTPOS settlements (paid by the card
 * acquirer, not deposited, shown so finance can match them), the variances, and the deposit
 * total again.
 */
final class BankingSummaryPage {

    private BankingSummaryPage() {
    }

    static void write(DocWriter out, DepositPapers p) {
        Deposit d = p.deposit();
        out.text(Style.TITLE, "Banking summary");
        out.text(Style.BODY, "Deposit " + d.depositNo() + ", reference " + d.reference() + ", "
                + DocumentDates.date(d.businessDate()) + ". For the council's records and finance's reconciliation: "
                + "this page stays with the council and does not go to the bank.");
        sessions(out, p);
        takings(out, p);
        reconciliation(out, p);
        instruments(out, p);
    }

    private static void sessions(DocWriter out, DepositPapers p) {
        Sections.heading(out, "Drawer sessions in this deposit", p.sessions().size() + 1);
        Table t = new Table(out.flow(), List.of(Table.Column.left("Drawer", 0.1f), Table.Column.left("Session", 0.1f),
                Table.Column.left("Cashier", 0.18f), Table.Column.left("Business date", 0.17f),
                Table.Column.left("Close", 0.27f), Table.Column.right("Over / short", 0.18f)));
        t.start(Style.SMALL_STRONG);
        for (DepositPapers.SessionLine s : p.sessions()) {
            t.row(Style.BODY, s.session().drawerCode(), Long.toString(s.session().id()), s.session().cashierName(),
                    DocumentDates.date(s.session().businessDate()), s.outcome().label()
                            + (s.decidedBy() == null ? "" : " (" + s.decidedBy() + ")"), variance(s.variance()));
        }
        t.end();
        out.heavyRule();
        t.row(Style.STRONG, "", "", "", "", "Net variance", variance(p.sessionsTotal(DepositPapers.SessionLine::variance)));
    }

    private static void takings(DocWriter out, DepositPapers p) {
        Sections.heading(out, "What each session handed over", p.sessions().size() + 1);
        Table t = new Table(out.flow(), List.of(Table.Column.left("Drawer, session", 0.2f),
                Table.Column.right("Cash", 0.14f), Table.Column.right("Cheques, money orders", 0.27f),
                Table.Column.right("Deposited", 0.16f), Table.Column.right("EFTPOS settlement", 0.23f)));
        t.start(Style.SMALL_STRONG);
        for (DepositPapers.SessionLine s : p.sessions()) {
            t.row(Style.BODY, s.session().drawerCode() + ", session " + s.session().id(), s.cash().format(), s.paper().format(),
                    s.banked().format(), s.eftpos().format());
        }
        t.end();
        out.heavyRule();
        t.row(Style.STRONG, "Total", p.sessionsTotal(DepositPapers.SessionLine::cash).format(),
                p.sessionsTotal(DepositPapers.SessionLine::paper).format(),
                p.sessionsTotal(DepositPapers.SessionLine::banked).format(),
                p.sessionsTotal(DepositPapers.SessionLine::eftpos).format());
        out.gap(2);
        out.text(Style.SMALL, "Cash is what was counted at each close less the float kept in the drawer, plus any "
                + "cash dropped to the safe during the session.");
    }

    private static void reconciliation(DocWriter page, DepositPapers p) {
        Deposit d = p.deposit();
        Sections.heading(page, "For reconciliation", 5);
        DocWriter out = page.column(0, 0.7f);
        out.amount(Style.BODY, "Deposited (this deposit advice)", d.total().format());
        out.amount(Style.BODY, "EFTPOS settlements (not deposited)", d.eftpos().format());
        out.rule();
        out.amount(Style.STRONG, "Banked and settled", d.total().plus(d.eftpos()).format());
        out.gap(2);
        out.text(Style.SMALL, "Card payments reach the account from the card acquirer, apart from this deposit: "
                + "match them to the terminals' settlement totals above.");
        out.gap(4);
        out.amount(Style.BODY, "Net cash over / short of these sessions", variance(p.contents().variances()));
        out.gap(6);
        out.amount(Style.TOTAL, "Deposit total", d.total().format());
    }

    private static void instruments(DocWriter out, DepositPapers p) {
        List<Instrument> items = p.contents().instruments();
        if (items.isEmpty()) {
            return;
        }
        Sections.heading(out, "Cheques and money orders by receipt", Math.min(items.size(), 3) + 1);
        Table t = new Table(out.flow(), List.of(Table.Column.left("Receipt", 0.18f),
                Table.Column.left("Cheque or money order", 0.64f), Table.Column.right("Amount", 0.18f)));
        t.start(Style.SMALL_STRONG);
        for (Instrument i : items) {
            t.row(Style.BODY, i.receiptNo(), i.describe(), i.amount().format());
        }
        t.end();
    }

    private static String variance(Money v) {
        return v.isZero() ? "none" : Variance.label(v);
    }
}
