package org.counterdesk.money;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashRoundingTest {

    @ParameterizedTest(name = "{0} cents in cash is paid as {1}")
    @CsvSource({"702,700", "703,705", "707,705", "708,710", "700,700", "705,705", "701,700", "704,705", "706,705",
        "709,710", "1,0", "2,0", "3,5", "0,0", "9999999,10000000"})
    void roundsToTheNearestFiveCentsAsTheRulesSay(long due, long paid) {
        assertThat(CashRounding.round(Money.ofCents(due))).isEqualTo(Money.ofCents(paid));
    }

    @Test
    void theAdjustmentIsTheRoundingLine() {
        assertThat(CashRounding.adjustment(Money.ofCents(702))).isEqualTo(Money.ofCents(-2));
        assertThat(CashRounding.adjustment(Money.ofCents(708))).isEqualTo(Money.ofCents(2));
    }

    @Property
    void roundedCashIsAMultipleOfFiveWithinTwoCents(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents) {
        Money rounded = CashRounding.round(Money.ofCents(cents));
        assertThat(rounded.cents() % 5).isZero();
        assertThat(Math.abs(rounded.cents() - cents)).isLessThanOrEqualTo(2);
    }

    @Property
    void amountAlreadyInFiveCentStepsIsUnchanged(@ForAll @LongRange(min = 0, max = 100_000_000L) long steps) {
        Money m = Money.ofCents(steps * 5);
        assertThat(CashRounding.round(m)).isEqualTo(m);
    }

    @Property
    void roundingIsSymmetricForReversals(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents) {
        assertThat(CashRounding.round(Money.ofCents(-cents))).isEqualTo(CashRounding.round(Money.ofCents(cents)).negate());
    }
}
