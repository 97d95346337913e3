package org.counterdesk.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.junit.jupiter.api.Test;

class ExpectedCashTest {

    private static SessionFigures figures(long floatCents, long taken, long voided, long petty, long drops, long topUps,
                                          List<Instrument> instruments, long eftpos) {
        return new SessionFigures(Money.ofCents(floatCents), Money.ofCents(taken), Money.ofCents(voided),
                Money.ofCents(petty), Money.ofCents(drops), Money.ofCents(topUps), Money.ofCents(eftpos), instruments, 0, 0,
                null, null, Map.of(), Map.of(), Money.ZERO, Money.ZERO, Money.ZERO);
    }

    @Property
    void expectedCashIsFloatPlusTakenLessVoidsPettyDropsPlusTopUps(
            @ForAll @LongRange(min = 0, max = 50_000) long floatCents,
            @ForAll @LongRange(min = 0, max = 10_000_000) long taken, @ForAll @LongRange(min = 0, max = 100_000) long voided,
            @ForAll @LongRange(min = 0, max = 10_000) long petty, @ForAll @LongRange(min = 0, max = 1_000_000) long drops,
            @ForAll @LongRange(min = 0, max = 50_000) long topUps) {
        SessionFigures f = figures(floatCents, taken, voided, petty, drops, topUps, List.of(), 0);
        assertThat(f.expectedCash().cents()).isEqualTo(floatCents + taken - voided - petty - drops + topUps);
        List<SessionFigures.Line> makeUp = f.cashMakeUp();
        Money sum = makeUp.subList(0, makeUp.size() - 1).stream().map(SessionFigures.Line::amount)
                .reduce(Money.ZERO, Money::plus);
        assertThat(sum).isEqualTo(makeUp.get(makeUp.size() - 1).amount());
    }

    @Test
    void aMissingChequeOrEftposDifferenceIsBeyondToleranceEvenWhenTheCashBalances() {
        Instrument cheque = new Instrument(1, 1, "CD01-000001", Instrument.Kind.CHEQUE, "100200", "J Smith", "Westpac",
                "032-000", Money.ofCents(5250));
        SessionFigures f = figures(20_000, 700, 0, 0, 0, 0, List.of(cheque), 1_000);
        CashCount cash = org.counterdesk.testing.Drawers.cashOf(Money.ofCents(20_700));
        Money tolerance = Money.ofDollars(1);
        assertThat(Balance.of(f, new ClosingCount(cash, Set.of(cheque.key()), Money.ofCents(1_000), cash), tolerance)
                .withinTolerance()).isTrue();
        Balance missing = Balance.of(f, new ClosingCount(cash, Set.of(), Money.ofCents(1_000), cash), tolerance);
        assertThat(missing.withinTolerance()).isFalse();
        assertThat(missing.missing()).containsExactly(cheque);
        assertThat(missing.row("Cheques").variance()).isEqualTo(Money.ofCents(-5250));
        assertThat(Balance.of(f, new ClosingCount(cash, Set.of(cheque.key()), Money.ofCents(990), cash), tolerance)
                .withinTolerance()).isFalse();
        CashCount ninetyCentsShort = org.counterdesk.testing.Drawers.cashOf(Money.ofCents(20_610));
        assertThat(Balance.of(f, new ClosingCount(ninetyCentsShort, Set.of(cheque.key()), Money.ofCents(1_000),
                ninetyCentsShort), tolerance).withinTolerance()).isTrue();
    }
}
