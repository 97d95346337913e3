package org.counterdesk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1} cents")
    @CsvSource({"12,1200", "12.5,1250", "12.50,1250", "0.05,5", ".5,50", "'$1,234.50',123450", "1234.5,123450",
        "' 7.02 ',702", "10000000,1000000000"})
    void readsWhatCashiersType(String typed, long cents) {
        MoneyParser.Result r = MoneyParser.parse(typed);
        assertThat(r.error()).isNull();
        assertThat(r.value()).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "abc|is not an amount", "12a|is not an amount", "1.234|at most two decimal places", "-5|cannot be negative",
        "''|Enter an amount", "1,23|is not an amount", "10000000.01|too large", "99999999999|too large",
        "1.2.3|is not an amount", ".|is not an amount"})
    void refusesWhatIsNotAnAmount(String typed, String message) {
        MoneyParser.Result r = MoneyParser.parse(typed);
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains(message);
    }

    @Test
    void zeroIsRefusedWherePositiveIsNeeded() {
        assertThat(MoneyParser.parsePositive("0.00").error()).contains("more than zero");
    }

    @Test
    void formatsForPeople() {
        assertThat(Money.ofCents(123450).format()).isEqualTo("$1,234.50");
        assertThat(Money.ofCents(-5).format()).isEqualTo("-$0.05");
        assertThat(Money.ofCents(100).toPlainString()).isEqualTo("1.00");
    }

    @Test
    void arithmeticRefusesToOverflow() {
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofCents(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }
}
