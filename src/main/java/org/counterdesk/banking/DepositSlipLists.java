package org.counterdesk.banking;

import java.util.Arrays;
import java.util.List;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The lists on a deposit slip: notes beside coins with every denomination shown (a dash where
 * there are none, so a blank can't be mistaken for a missed row), then the cheques and money
 * orders one by one with their count and total.
 */
final class DepositSlipLists {

    private static final String NONE = "–";
    /** Space above each list: less than on a report, so that a usual day's slip fits one page. */
    private static final float GAP = 8f;

    private DepositSlipLists() {
    }

    /** Notes and coins by denomination, count and value, and the totals of each (the cash total is with the deposit's totals). */
    static void cash(DocWriter out, CashCount cash) {
        List<Denomination> notes = Arrays.stream(Denomination.values()).filter(Denomination::isNote).toList();
        List<Denomination> coins = Arrays.stream(Denomination.values()).filter(d -> !d.isNote()).toList();
        Sections.heading(out, "Notes and coins", Math.max(notes.size(), coins.size()) + 3, GAP);
        Table t = new Table(out.flow(), List.of(Table.Column.left("Notes", 0.15f), Table.Column.right("Count", 0.12f),
                Table.Column.right("Value", 0.2f), Table.Column.left("", 0.06f), Table.Column.left("Coins", 0.15f),
                Table.Column.right("Count", 0.12f), Table.Column.right("Value", 0.2f)));
        t.start(Style.SMALL_STRONG);
        for (int i = 0; i < Math.max(notes.size(), coins.size()); i++) {
            String[] note = i < notes.size() ? row(cash, notes.get(i)) : new String[] {"", "", ""};
            String[] coin = i < coins.size() ? row(cash, coins.get(i)) : new String[] {"", "", ""};
            t.row(Style.BODY, note[0], note[1], note[2], "", coin[0], coin[1], coin[2]);
        }
        t.end();
        out.rule();
        t.row(Style.STRONG, "Total notes", pieces(cash, notes), value(cash, notes).format(), "", "Total coins",
                pieces(cash, coins), value(cash, coins).format());
    }

    /** Every cheque (or money order) in the deposit, numbered, with the count and total under them. */
    static void instruments(DocWriter out, DepositPlan plan, Instrument.Kind kind) {
        boolean cheques = kind == Instrument.Kind.CHEQUE;
        List<Instrument> items = plan.instruments().stream().filter(i -> i.kind() == kind).toList();
        Sections.heading(out, cheques ? "Cheques" : "Money orders", Math.min(items.size(), 3) + 2, GAP);
        if (items.isEmpty()) {
            out.text(Style.BODY, cheques ? "No cheques in this deposit." : "No money orders in this deposit.");
            out.rule();
        } else {
            Table t = cheques
                    ? new Table(out.flow(), List.of(Table.Column.right("No.", 0.05f), Table.Column.left("Cheque from", 0.31f),
                            Table.Column.left("Bank", 0.17f), Table.Column.left("BSB", 0.1f),
                            Table.Column.left("Cheque no.", 0.15f), Table.Column.right("Amount", 0.16f)))
                    : new Table(out.flow(), List.of(Table.Column.right("No.", 0.05f), Table.Column.left("Issuer", 0.48f),
                            Table.Column.left("Money order no.", 0.25f), Table.Column.right("Amount", 0.16f)));
            t.start(Style.SMALL_STRONG);
            int n = 0;
            for (Instrument i : items) {
                n++;
                if (cheques) {
                    t.row(Style.BODY, n + ".", i.drawerOrIssuer(), i.bank(), i.bsb(), i.number(), i.amount().format());
                } else {
                    t.row(Style.BODY, n + ".", i.drawerOrIssuer(), i.number(), i.amount().format());
                }
            }
            t.end();
            out.rule();
        }
        Money total = cheques ? plan.cheques() : plan.moneyOrders();
        String count = items.size() + (cheques ? (items.size() == 1 ? " cheque" : " cheques")
                : (items.size() == 1 ? " money order" : " money orders"));
        out.amount(Style.STRONG, (cheques ? "Total cheques: " : "Total money orders: ") + count, total.format());
    }

    private static String[] row(CashCount cash, Denomination d) {
        long q = cash.quantity(d);
        return new String[] {d.label(), q == 0 ? NONE : Long.toString(q), q == 0 ? NONE : cash.value(d).format()};
    }

    private static String pieces(CashCount cash, List<Denomination> kinds) {
        long n = kinds.stream().mapToLong(cash::quantity).sum();
        return n == 0 ? NONE : Long.toString(n);
    }

    private static Money value(CashCount cash, List<Denomination> kinds) {
        return kinds.stream().map(cash::value).reduce(Money.ZERO, Money::plus);
    }
}
