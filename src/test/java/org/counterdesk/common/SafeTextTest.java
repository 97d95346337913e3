package org.counterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.staff.Role;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters and direction overrides are refused at the counter's text inputs too. */
class SafeTextTest {

    @TempDir
    Path dir;

    @Test
    void everyControlAndDirectionCharacterIsFoundAndOrdinaryTextPasses() {
        for (char c : new char[] {'\u0000', '\u0007', '\u001b', '\t', '\n', '\u007f', '\u0085', '\u009f'}) {
            assertThat(SafeText.problem("A" + c + "B")).as("U+%04X", (int) c).contains(
                    String.format("contains a control character (U+%04X)", (int) c));
        }
        for (char c = '\u202a'; c <= '\u202e'; c++) {
            assertThat(SafeText.problem("A" + c)).isPresent();
        }
        for (char c = '\u2066'; c <= '\u2069'; c++) {
            assertThat(SafeText.problem("A" + c)).isPresent();
        }
        assertThat(SafeText.problem("Ngā Tūpuna — Ōtautahi, 42 O'Brien St (מרכז) ₩€")).isEmpty();
        assertThat(SafeText.problem(null)).isEmpty();
    }

    @Test
    void aPayerNameOrAStaffNameWithHiddenCharactersIsRefusedAtTheCounter() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            ReceiptDraft draft = ReceiptDraft.empty().withLine(c.line("TAG")).withTender(Tender.cash(Money.ofDollars(10)))
                    .withPayer("J Citizen\u001b[2J", null);
            assertThatThrownBy(draft::checkReadyToPost).isInstanceOfSatisfying(Refused.class,
                    r -> assertThat(r.field()).isEqualTo("payerName"))
                    .hasMessage("The payer's name contains a control character (U+001B): retype it.");
            assertThatThrownBy(() -> c.services.staffRoom().staff().add(c.administrator(), "1005", "Robyn \u202eLee",
                    EnumSet.of(Role.CASHIER), "4321"))
                    .hasMessage("The name contains a character that reverses the direction of text (U+202E): retype it.");
            assertThatThrownBy(() -> Tender.cheque(Money.ofDollars(5), "J \u202eCitizen", "Westpac", "032-000", "100234"))
                    .hasMessage("That contains a character that cannot be printed.");
            assertThat(c.rows("receipt")).isZero();
        }
    }
}
