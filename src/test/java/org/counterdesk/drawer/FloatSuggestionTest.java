package org.counterdesk.drawer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.junit.jupiter.api.Test;

class FloatSuggestionTest {

    @Test
    void keepsSmallPiecesFirstAndBanksTheLargeNotes() {
        CashCount counted = CashCount.of(Map.of(Denomination.N100, 3L, Denomination.N50, 2L, Denomination.N20, 5L,
                Denomination.N10, 4L, Denomination.C200, 20L, Denomination.C100, 10L, Denomination.C50, 10L));
        CashCount kept = FloatSuggestion.keep(counted, Money.ofDollars(200));
        assertThat(kept.total()).isEqualTo(Money.ofDollars(200));
        assertThat(kept.quantity(Denomination.N100)).isZero();
        assertThat(counted.contains(kept)).isTrue();
    }

    @Test
    void findsAnExactFloatWhenSmallFirstOvershootsAndKeepsEverythingWhenShort() {
        CashCount counted = CashCount.of(Map.of(Denomination.N50, 4L, Denomination.N20, 3L));
        assertThat(FloatSuggestion.keep(counted, Money.ofDollars(200)).total()).isEqualTo(Money.ofDollars(200));
        CashCount little = CashCount.of(Map.of(Denomination.N20, 2L));
        assertThat(FloatSuggestion.keep(little, Money.ofDollars(200))).isEqualTo(little);
    }

    @Property
    void whateverIsSuggestedComesOutOfTheCountAndIsExactWhenItCanBe(
            @ForAll @Size(11) java.util.List<@IntRange(min = 0, max = 30) Integer> pieces,
            @ForAll @IntRange(min = 1, max = 100) int floatInFives) {
        Map<Denomination, Long> q = new EnumMap<>(Denomination.class);
        Denomination[] all = Denomination.values();
        for (int i = 0; i < all.length; i++) {
            q.put(all[i], (long) pieces.get(i));
        }
        CashCount counted = CashCount.of(q);
        Money target = Money.ofCents(floatInFives * 500L);
        CashCount kept = FloatSuggestion.keep(counted, target);
        assertThat(counted.contains(kept)).isTrue();
        if (counted.total().lessThan(target) || counted.total().equals(target)) {
            assertThat(kept).isEqualTo(counted);
        } else if (kept.total().equals(target)) {
            assertThat(kept.total()).isEqualTo(target);
        } else {
            // no exact combination exists: everything is offered for the cashier to choose from
            assertThat(kept).isEqualTo(counted);
        }
    }
}
