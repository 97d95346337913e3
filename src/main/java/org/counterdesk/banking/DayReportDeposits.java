package org.counterdesk.banking;

import java.util.List;
import org.counterdesk.money.Money;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The day report's list of the deposits the day was banked in: number, bag or slip reference,
 * who prepared and checked it, and what went to the bank, so the report can be ticked against
 * the bank statement line by line.
 */
final class DayReportDeposits {

    private DayReportDeposits() {
    }

    static void write(DocWriter out, List<Deposit> deposits) {
        Sections.heading(out, "Deposits banked for this day", Math.min(deposits.size(), 4) + 2);
        if (deposits.isEmpty()) {
            out.text(Style.BODY, "None: nothing was banked for this day.");
            return;
        }
        Table t = new Table(out.flow(), List.of(Table.Column.left("Deposit", 0.15f), Table.Column.left("Bag / slip", 0.12f),
                Table.Column.left("Prepared, checked by", 0.25f), Table.Column.right("Cash", 0.12f),
                Table.Column.right("Cheques", 0.12f), Table.Column.right("Money orders", 0.12f),
                Table.Column.right("Total", 0.12f)));
        t.start(Style.SMALL_STRONG);
        Money cash = Money.ZERO;
        Money cheques = Money.ZERO;
        Money orders = Money.ZERO;
        for (Deposit d : deposits) {
            t.row(Style.BODY, d.depositNo(), d.reference(), d.preparedBy() + ", " + d.checkedBy(),
                    d.cash().format(), d.cheques().format(), d.moneyOrders().format(), d.total().format());
            cash = cash.plus(d.cash());
            cheques = cheques.plus(d.cheques());
            orders = orders.plus(d.moneyOrders());
        }
        t.end();
        out.heavyRule();
        t.row(Style.STRONG, "", "", "Total banked", cash.format(), cheques.format(), orders.format(),
                cash.plus(cheques).plus(orders).format());
        out.gap(2);
        out.text(Style.SMALL, "EFTPOS is settled by the bank directly and is not in these deposits.");
    }
}
