package org.counterdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CheckSchemeTest {

    @Test
    void domainExamplesPass() {
        assertThat(CheckScheme.MOD10V01.problem("89557136", "Ref")).isEmpty();
        assertThat(CheckScheme.MOD10V05.problem("87348538", "Ref")).isEmpty();
    }

    @Test
    void aChangedCheckDigitFails() {
        assertThat(CheckScheme.MOD10V01.problem("89557137", "Assessment number"))
                .hasValueSatisfying(m -> assertThat(m).contains("Assessment number 89557137 fails its check digit"));
        assertThat(CheckScheme.MOD10V05.problem("87348539", "Ref")).isPresent();
    }

    @Test
    void lettersAndLengthAreRefused() {
        assertThat(CheckScheme.MOD10V01.problem("8955A136", "Ref")).hasValue("Ref must be digits only.");
        assertThat(CheckScheme.MOD10V01.problem("0", "Ref")).isPresent();
        assertThat(CheckScheme.TEXT.problem("x".repeat(41), "Ref")).isPresent();
        assertThat(CheckScheme.TEXT.problem("12 Main St", "Ref")).isEmpty();
    }

    @Property
    void luhnWithItsCheckDigitPassesAndEveryOtherDigitFails(
            @ForAll @NumericChars @StringLength(min = 1, max = 18) String body) {
        int check = luhnCheckDigit(body);
        assertThat(CheckScheme.MOD10V01.problem(body + check, "Ref")).isEmpty();
        for (int other = 0; other <= 9; other++) {
            if (other != check) {
                assertThat(CheckScheme.MOD10V01.problem(body + other, "Ref")).isPresent();
            }
        }
    }

    @Property
    void mod10v05WithItsCheckDigitPasses(@ForAll @NumericChars @StringLength(min = 1, max = 18) String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * (body.charAt(i) - '0');
        }
        assertThat(CheckScheme.MOD10V05.problem(body + (sum % 10), "Ref")).isEmpty();
        assertThat(CheckScheme.MOD10V05.problem(body + ((sum + 1) % 10), "Ref")).isPresent();
    }

    @Property
    void luhnCatchesEverySingleDigitSlip(@ForAll @NumericChars @StringLength(min = 1, max = 18) String body,
                                         @ForAll @IntRange(min = 0, max = 17) int position,
                                         @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = body + luhnCheckDigit(body);
        int p = position % valid.length();
        char slipped = (char) ('0' + (valid.charAt(p) - '0' + delta) % 10);
        String typo = valid.substring(0, p) + slipped + valid.substring(p + 1);
        assertThat(CheckScheme.MOD10V01.problem(typo, "Ref")).isPresent();
    }

    /** Computed independently of the code under test: the check digit that makes the Luhn sum end in 0. */
    private static int luhnCheckDigit(String body) {
        for (int c = 0; c <= 9; c++) {
            String s = body + c;
            int sum = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = s.charAt(s.length() - 1 - i) - '0';
                sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            }
            if (sum % 10 == 0) {
                return c;
            }
        }
        throw new AssertionError();
    }
}
