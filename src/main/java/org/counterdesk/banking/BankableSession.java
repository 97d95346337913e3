package org.counterdesk.banking;

import org.counterdesk.drawer.CloseOutcome;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.SessionTakings;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.Money;

/**
 * One closed drawer as the person banking it checks it against the bag: what it puts in the
 * deposit, how far its count was off, and how its close was settled.
 */
public record BankableSession(DrawerSession session, Money cash, Money cheques, Money moneyOrders, Money variance,
                              CloseOutcome outcome) {

    static BankableSession of(SessionTakings t) {
        return new BankableSession(t.session(), t.cashToBank().total(), sum(t, Instrument.Kind.CHEQUE),
                sum(t, Instrument.Kind.MONEY_ORDER), t.variance(), t.outcome());
    }

    /** What this drawer adds to the deposit. */
    public Money total() {
        return cash.plus(cheques).plus(moneyOrders);
    }

    /** The variance as words: "balanced", "over $1.50", "short $2.00". */
    public String varianceText() {
        return Variance.label(variance);
    }

    private static Money sum(SessionTakings t, Instrument.Kind kind) {
        return t.instruments().stream().filter(i -> i.kind() == kind).map(Instrument::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
