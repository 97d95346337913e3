package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.counterdesk.money.CashRounding;
import org.counterdesk.money.Money;
import org.junit.jupiter.api.Test;

class SettlementTest {

    private static Money c(long cents) {
        return Money.ofCents(cents);
    }

    @Test
    void cashOnlyIsRoundedAndGivesChange() {
        Settlement s = Settlement.of(c(702), List.of(Tender.cash(c(1000))));
        assertThat(s.rounding()).isEqualTo(c(-2));
        assertThat(s.cashToPay()).isEqualTo(c(700));
        assertThat(s.change()).isEqualTo(c(300));
        assertThat(s.settled()).isTrue();
    }

    @Test
    void splitTenderRoundsOnlyTheCashPart() {
        // $62.02 due: $50.00 on EFTPOS, the $12.02 left in cash is paid as $12.00
        Settlement s = Settlement.of(c(6202), List.of(Tender.eftpos(c(5000), "A1"), Tender.cash(c(2000))));
        assertThat(s.cashDue()).isEqualTo(c(1202));
        assertThat(s.rounding()).isEqualTo(c(-2));
        assertThat(s.change()).isEqualTo(c(800));
        assertThat(s.settled()).isTrue();
    }

    @Test
    void cardAloneIsNeverRoundedAndMustPayToTheCent() {
        Settlement s = Settlement.of(c(702), List.of(Tender.eftpos(c(700), "A1")));
        assertThat(s.rounding()).isEqualTo(Money.ZERO);
        assertThat(s.stillToPay()).isEqualTo(c(2));
        assertThat(s.settled()).isFalse();
        assertThat(Settlement.of(c(702), List.of(Tender.eftpos(c(702), "A1"))).settled()).isTrue();
    }

    @Test
    void nonCashOverTenderIsRefused() {
        Settlement s = Settlement.of(c(702), List.of(Tender.eftpos(c(800), "A1")));
        assertThat(s.problem()).hasValueSatisfying(p -> assertThat(p).contains("only cash can be given change"));
        assertThat(s.settled()).isFalse();
    }

    @Test
    void shortCashLeavesTheRoundedRemainderToPay() {
        Settlement s = Settlement.of(c(708), List.of(Tender.cash(c(500))));
        assertThat(s.cashToPay()).isEqualTo(c(710));
        assertThat(s.stillToPay()).isEqualTo(c(210));
        assertThat(s.change()).isEqualTo(Money.ZERO);
    }

    @Test
    void cashWhenNothingIsLeftInCashIsRefused() {
        Settlement s = Settlement.of(c(702), List.of(Tender.eftpos(c(702), "A1"), Tender.cash(c(500))));
        assertThat(s.problem()).isPresent();
    }

    @Property
    void tenderedLessChangeAlwaysEqualsTotalPlusRounding(
            @ForAll @LongRange(min = 1, max = 10_000_000) long total,
            @ForAll @LongRange(min = 0, max = 10_000_000) long card,
            @ForAll @LongRange(min = 0, max = 1_000) long extraCash) {
        long cardPart = Math.min(card, total);
        List<Tender> tenders = new ArrayList<>();
        if (cardPart > 0) {
            tenders.add(Tender.eftpos(c(cardPart), "R"));
        }
        long cashDue = total - cardPart;
        if (cashDue > 0) {
            Money handed = CashRounding.round(c(cashDue)).plus(c(extraCash));
            if (handed.isPositive()) {
                tenders.add(Tender.cash(handed));
            }
        }
        Settlement s = Settlement.of(c(total), tenders);
        if (s.settled()) {
            assertThat(s.taken()).isEqualTo(c(total).plus(s.rounding()));
            assertThat(Math.abs(s.rounding().cents())).isLessThanOrEqualTo(2);
            assertThat(s.change().isNegative()).isFalse();
            if (s.cashTendered().isPositive()) {
                assertThat(s.cashTendered().minus(s.change()).cents() % 5).isZero();
            }
        } else {
            assertThat(s.stillToPay().isPositive() || s.problem().isPresent()).isTrue();
        }
    }
}
