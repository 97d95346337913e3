package org.counterdesk.drawer;

import java.util.List;
import org.counterdesk.money.Money;

/**
 * Expected against counted, tender by tender, once a closing count is in. A session balances
 * within tolerance when the cash is within the tolerance, every cheque and money order is
 * there, and the EFTPOS settlement matches to the cent.
 */
public record Balance(List<Row> rows, List<Instrument> missing, Money tolerance) {

    public Balance {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /** One tender's expected and counted amounts. */
    public record Row(String tender, Money expected, Money counted) {
        public Money variance() {
            return counted.minus(expected);
        }
    }

    public static Balance of(SessionFigures f, ClosingCount c, Money tolerance) {
        List<Instrument> missing = f.instruments().stream()
                .filter(i -> !c.instrumentsPresent().contains(i.key())).toList();
        Money chequesFound = found(f, c, Instrument.Kind.CHEQUE);
        Money ordersFound = found(f, c, Instrument.Kind.MONEY_ORDER);
        return new Balance(List.of(
                new Row("Cash", f.expectedCash(), c.cash().total()),
                new Row("Cheques", f.chequesExpected(), chequesFound),
                new Row("Money orders", f.moneyOrdersExpected(), ordersFound),
                new Row("EFTPOS", f.eftpos(), c.eftposSettlement())), missing, tolerance);
    }

    private static Money found(SessionFigures f, ClosingCount c, Instrument.Kind kind) {
        return f.instruments().stream().filter(i -> i.kind() == kind && c.instrumentsPresent().contains(i.key()))
                .map(Instrument::amount).reduce(Money.ZERO, Money::plus);
    }

    public Row row(String tender) {
        return rows.stream().filter(r -> r.tender().equals(tender)).findFirst().orElseThrow();
    }

    public Money cashVariance() {
        return row("Cash").variance();
    }

    /** Over (positive) or short (negative) across every tender. */
    public Money totalVariance() {
        return rows.stream().map(Row::variance).reduce(Money.ZERO, Money::plus);
    }

    public boolean withinTolerance() {
        Money cash = cashVariance();
        return !cash.max(cash.negate()).greaterThan(tolerance) && missing.isEmpty() && row("EFTPOS").variance().isZero();
    }
}
