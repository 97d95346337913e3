package org.counterdesk.banking;

import java.util.List;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;

/**
 * What goes in the bag: for each closed session, the cash counted at the close less the float
 * kept back, plus the cash it dropped to the safe; the cheques and money orders found at the
 * close; and, for reconciling only, the EFTPOS settlements (card money is not deposited).
 */
public record DepositPlan(List<DrawerSession> sessions, CashCount cash, List<Instrument> instruments, Money eftpos,
                          Money variances) {

    public DepositPlan {
        sessions = List.copyOf(sessions);
        instruments = List.copyOf(instruments);
    }

    public Money cheques() {
        return sum(Instrument.Kind.CHEQUE);
    }

    public Money moneyOrders() {
        return sum(Instrument.Kind.MONEY_ORDER);
    }

    public Money total() {
        return cash.total().plus(cheques()).plus(moneyOrders());
    }

    public long count(Instrument.Kind kind) {
        return instruments.stream().filter(i -> i.kind() == kind).count();
    }

    private Money sum(Instrument.Kind kind) {
        return instruments.stream().filter(i -> i.kind() == kind).map(Instrument::amount).reduce(Money.ZERO, Money::plus);
    }
}
