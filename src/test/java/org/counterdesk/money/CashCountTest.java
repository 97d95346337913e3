package org.counterdesk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashCountTest {

    @Test
    void totalsPiecesByDenomination() {
        CashCount c = CashCount.of(Map.of(Denomination.N20, 4L, Denomination.C5, 3L));
        assertThat(c.total()).isEqualTo(Money.ofCents(8015));
        assertThat(c.value(Denomination.N20)).isEqualTo(Money.ofDollars(80));
    }

    @Test
    void refusesNegativeAndAbsurdCounts() {
        assertThatThrownBy(() -> CashCount.of(Map.of(Denomination.N5, -1L))).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> CashCount.of(Map.of(Denomination.N100, CashCount.MAX_PIECES + 1)))
                .hasMessageContaining("too many");
    }

    @ParameterizedTest(name = "{1} typed for {0} is {2} pieces")
    @CsvSource({"C50,$20.00,40", "C50,20.00,40", "C5,12,12", "N20,4,4", "C20,'',0"})
    void readsCountsOrBagValues(Denomination d, String typed, long pieces) {
        assertThat(PieceEntry.read(d, typed).pieces()).isEqualTo(pieces);
    }

    @ParameterizedTest(name = "{1} typed for {0} is refused: {2}")
    @CsvSource(delimiter = '|', value = {"C50|$20.10|is not a whole number of 50c pieces", "N5|2.5|not a whole number",
        "N5|-3|cannot be negative", "N10|three|Type a whole number", "N10|1e3|Type a whole number",
        "C5|9999999|more pieces than a drawer holds"})
    void refusesWhatIsNotACount(Denomination d, String typed, String message) {
        PieceEntry.Result r = PieceEntry.read(d, typed);
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains(message);
    }
}
