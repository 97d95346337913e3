package org.counterdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.seal.Canonical;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.Tamper;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An auditor's sixteen edits, each made by plain SQL on a closed day (receipts CD01-000001 to
 * 4, the fourth voided, a balanced drawer, a deposit, day closure CD01-Z0001) and one receipt
 * of the next day (CD01-000005): verify names the first broken record every time.
 */
@ParameterizedClass
@EnumSource(Store.class)
class TamperTest {

    private static final String RECEIPT_1 = "(SELECT id FROM receipt WHERE receipt_no = 'CD01-000001')";
    private static final String RECEIPT_2 = "(SELECT id FROM receipt WHERE receipt_no = 'CD01-000002')";
    private static final String RECEIPT_5 = "(SELECT id FROM receipt WHERE receipt_no = 'CD01-000005')";

    @TempDir
    static Path shared;
    private static Path built;
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private TestCounter c;

    /** Made once per database through the real services, then copied for each edit (the database closed). */
    @BeforeParameterizedClassInvocation
    static void aClosedDayAndAReceiptOfTheNext(Store store) throws Exception {
        built = shared.resolve("counter-" + store);
        try (TestCounter made = TestCounter.demo(built, store)) {
            ClosedDays.close(made, 1);
            Days.cashTag(made, made.cashier());
        }
    }

    @BeforeEach
    void aCopyOfTheCounter() throws Exception {
        store.copy(built, dir);
        c = TestCounter.open(dir, store);
        assertThat(check().firstProblem()).isEmpty();
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void aReceiptsTotalChanged() {
        Tamper.sql(c, "UPDATE receipt SET total_cents = 1703 WHERE receipt_no = 'CD01-000001'");

        assertThat(problem()).startsWith("Receipt CD01-000001: total $17.03 in the database, sealed as $7.02 "
                + "(journal entry " + sealingEntry("receipt", RECEIPT_1) + ")");
    }

    @Test
    void aLineAmountChanged() {
        Tamper.sql(c, "UPDATE receipt_line SET amount_cents = amount_cents - 1000 WHERE receipt_id = " + RECEIPT_2);

        assertThat(problem()).startsWith("Receipt CD01-000002 does not match its seal (journal entry "
                + sealingEntry("receipt", RECEIPT_2) + "): its rows in receipt, receipt_line, tender were changed");
    }

    @Test
    void aTenderAmountChanged() {
        Tamper.sql(c, "UPDATE tender SET amount_cents = amount_cents - 1000 WHERE receipt_id = " + RECEIPT_2);

        assertThat(problem()).startsWith("Receipt CD01-000002 does not match its seal");
    }

    @Test
    void totalLineAndChangeChangedTogetherSoTheSumsStillAgree() {
        Tamper.sql(c, "UPDATE receipt SET total_cents = total_cents + 100, change_cents = change_cents - 100 "
                        + "WHERE receipt_no = 'CD01-000001'",
                "UPDATE receipt_line SET amount_cents = amount_cents + 100, unit_price_cents = unit_price_cents + 100 "
                        + "WHERE receipt_id = " + RECEIPT_1);

        assertThat(problem()).startsWith("Receipt CD01-000001: total $8.02 in the database, sealed as $7.02");
    }

    @Test
    void theLastJournalRowDeleted() {
        long last = ((Number) Tamper.value(c, "SELECT MAX(chain_seq) FROM journal WHERE terminal = 'CD01'")).longValue();
        Tamper.sql(c, "DELETE FROM journal WHERE terminal = 'CD01' AND chain_seq = " + last);

        assertThat(problem()).isEqualTo("Journal of terminal CD01: entry " + last + " was issued but is missing: its chain "
                + "ends at entry " + (last - 1) + " (entries were deleted from its end)");
    }

    @Test
    void theWholeChainRehashedAfterEditingAReceiptAndItsEntryIsCaughtByTheClosuresHead() {
        String head = closureHead();
        editReceiptOneAndRehash(false);

        assertThat(problem()).startsWith("Day closure CD01-Z0001 recorded the journal head " + head
                + " but the chain's entry ");
    }

    @Test
    void aFullRewriteIncludingTheClosuresHeadIsCaughtOnlyByAnAnchorHeldOutside() {
        long closedAt = closedEntry();
        String anchored = closureHead();
        editReceiptOneAndRehash(true);

        assertThat(check().firstProblem()).as("nothing left inside the PC to compare with").isEmpty();
        assertThat(check(new Anchor(closedAt, anchored, "finance's copy")).firstProblem()).contains("Journal entry "
                + closedAt + " has the hash " + closureHead() + " but finance's copy says " + anchored
                + ": the journal was rewritten up to that entry");
    }

    @Test
    void aFakeReceiptInsertedWithTheNextNumberALineAndATender() {
        Tamper.sql(c, "INSERT INTO receipt (terminal_id, number, receipt_no, session_id, cashier_id, business_date, posted_at, "
                        + "total_cents, gst_cents, rounding_cents, change_cents) SELECT terminal_id, 6, 'CD01-000006', "
                        + "session_id, cashier_id, business_date, posted_at, total_cents, gst_cents, rounding_cents, "
                        + "change_cents FROM receipt WHERE receipt_no = 'CD01-000005'",
                "INSERT INTO receipt_line SELECT (SELECT id FROM receipt WHERE receipt_no = 'CD01-000006'), line_no, fee_id, "
                        + "fee_code, description, gl, tax_code, reference, quantity, unit_price_cents, amount_cents, "
                        + "gst_cents FROM receipt_line WHERE receipt_id = " + RECEIPT_5,
                "INSERT INTO tender SELECT (SELECT id FROM receipt WHERE receipt_no = 'CD01-000006'), line_no, kind, "
                        + "amount_cents, eftpos_ref, cheque_drawer, cheque_bank, cheque_bsb, cheque_number, mo_issuer, "
                        + "mo_number FROM tender WHERE receipt_id = " + RECEIPT_5,
                "UPDATE doc_sequence SET last_value = 6 WHERE scope = 'CD01' AND kind = 'RECEIPT'");

        assertThat(problem()).isEqualTo("Receipt CD01-000006 has no journal entry sealing it: it was not written by "
                + "Counterdesk (added or replaced by hand)");
    }

    @Test
    void theLastReceiptDeletedWithItsLinesAndTendersAndTheCounterWoundBack() {
        long entry = sealingEntry("receipt", RECEIPT_5);
        Tamper.sql(c, "DELETE FROM tender WHERE receipt_id = " + RECEIPT_5,
                "DELETE FROM receipt_line WHERE receipt_id = " + RECEIPT_5,
                "DELETE FROM receipt WHERE receipt_no = 'CD01-000005'",
                "UPDATE doc_sequence SET last_value = 4 WHERE scope = 'CD01' AND kind = 'RECEIPT'");

        assertThat(problem()).isEqualTo("Receipt sealed by journal entry " + entry + " (RECEIPT_POSTED, receipt "
                + "CD01-000005) is missing from the database: it was deleted after it was written");
    }

    @Test
    void aReceiptsLinesAndTendersDeleted() {
        Tamper.sql(c, "DELETE FROM tender WHERE receipt_id = " + RECEIPT_2,
                "DELETE FROM receipt_line WHERE receipt_id = " + RECEIPT_2);

        assertThat(problem()).startsWith("Receipt CD01-000002 does not match its seal");
    }

    @Test
    void aVoidDeleted() {
        Tamper.sql(c, "DELETE FROM receipt_void WHERE void_no = 'CD01-V000001'");

        assertThat(problem()).isEqualTo("Void CD01-V000001 was issued but is missing");
    }

    @Test
    void aVoidDeletedWithItsCounterWoundBack() {
        long entry = Long.parseLong(String.valueOf(Tamper.value(c,
                "SELECT seq FROM journal WHERE record_kind = 'receipt_void'")));
        Tamper.sql(c, "DELETE FROM receipt_void WHERE void_no = 'CD01-V000001'",
                "UPDATE doc_sequence SET last_value = 0 WHERE scope = 'CD01' AND kind = 'VOID'");

        assertThat(problem()).isEqualTo("Void sealed by journal entry " + entry + " (RECEIPT_VOIDED, receipt "
                + "CD01-000004) is missing from the database: it was deleted after it was written");
    }

    @Test
    void aDayClosuresPeriodTotalAndGrandTotalChangedTogether() {
        Tamper.sql(c, "UPDATE day_closure SET period_total_cents = period_total_cents - 10000, "
                + "grand_total_cents = grand_total_cents - 10000 WHERE closure_no = 'CD01-Z0001'");

        assertThat(problem()).matches("Day closure CD01-Z0001: period total \\$[0-9.,]+ in the database, sealed as "
                + "\\$[0-9.,]+ \\(journal entry \\d+\\)");
    }

    @Test
    void anotherPersonsPinHashCopiedOntoASupervisor() {
        Tamper.sql(c, "UPDATE staff SET pin_hash = (SELECT pin_hash FROM staff WHERE staff_number = '1001') "
                + "WHERE staff_number = '2001'");

        assertThat(problem()).startsWith("Staff member 2001 does not match its seal (journal entry");
        assertThatThrownBy(() -> c.signIn("2001", "1111")).as("the supervisor's sign-in with Casey's PIN")
                .isInstanceOf(Refused.class).hasMessageContaining("were changed outside Counterdesk");
    }

    @Test
    void aDepositsCashChanged() {
        Tamper.sql(c, "UPDATE deposit_line SET quantity = quantity - 1 WHERE denomination = (SELECT MAX(denomination) "
                + "FROM deposit_line)");

        assertThat(problem()).startsWith("Deposit DEP-000001 does not match its seal");
    }

    @Test
    void aClosingCountChanged() {
        Tamper.sql(c, "UPDATE cash_count SET total_cents = total_cents + 500 WHERE purpose = 'CLOSE'");

        assertThat(problem()).contains(": cash counted $");
    }

    private IntegrityReport check(Anchor... anchors) {
        return c.services.auditRoom().integrity().run(List.of(anchors));
    }

    private String problem() {
        return check().firstProblem().orElseThrow(() -> new AssertionError("verify found nothing"));
    }

    private long sealingEntry(String kind, String keySql) {
        return ((Number) Tamper.value(c, "SELECT seq FROM journal WHERE record_kind = '" + kind + "' AND record_key = "
                + keySql)).longValue();
    }

    private long journalEntries() {
        return ((Number) Tamper.value(c, "SELECT MAX(seq) FROM journal")).longValue();
    }

    private long closedEntry() {
        return ((Number) Tamper.value(c, "SELECT seq FROM journal WHERE event = 'DAY_CLOSED'")).longValue();
    }

    private String closureHead() {
        return (String) Tamper.value(c, "SELECT journal_head FROM day_closure WHERE closure_no = 'CD01-Z0001'");
    }

    /**
     * What an insider who read the code would do: add a dollar to receipt 1 and to its journal
     * entry, then work out every seal and hash from there on again and write them back.
     */
    private void editReceiptOneAndRehash(boolean closureHeadsToo) {
        long from = sealingEntry("receipt", RECEIPT_1);
        Tamper.sql(c, "UPDATE receipt SET total_cents = total_cents + 100, change_cents = change_cents - 100 "
                        + "WHERE receipt_no = 'CD01-000001'",
                "UPDATE receipt_line SET amount_cents = amount_cents + 100, unit_price_cents = unit_price_cents + 100 "
                        + "WHERE receipt_id = " + RECEIPT_1,
                "UPDATE journal SET details = REPLACE(details, '\"total\":702', '\"total\":802') WHERE seq = " + from);
        String prev = entry(from - 1).hash();
        for (long seq = from; seq <= journalEntries(); seq++) {
            JournalEntry e = entry(seq);
            String seal = e.seals() ? resealed(e) : null;
            JournalEntry forged = new JournalEntry(e.seq(), e.recordedAt(), e.event(), e.actor(), e.terminal(),
                    e.subjectType(), e.subjectId(), e.details(), prev, "", e.recordKind(), e.recordKey(), seal, e.chainSeq());
            String hash = JournalEntry.chain(prev, forged.canonicalText());
            Tamper.sql(c, "UPDATE journal SET prev_hash = " + Tamper.quote(prev) + ", hash = " + Tamper.quote(hash)
                    + ", seal = " + Tamper.quote(seal) + " WHERE seq = " + seq);
            if (closureHeadsToo && e.event().equals("DAY_CLOSED")) {
                Tamper.sql(c, "UPDATE day_closure SET journal_head = " + Tamper.quote(hash) + " WHERE closure_no = "
                        + Tamper.quote(e.subjectId()));
            }
            prev = hash;
        }
    }

    private JournalEntry entry(long seq) {
        return c.services.database().jdbi().withHandle(h -> c.services.journal().at(h, seq)).orElseThrow();
    }

    private String resealed(JournalEntry e) {
        return c.services.database().jdbi().withHandle(h -> Canonical.seal(h,
                SealSpecs.byKind(e.recordKind()).orElseThrow(), e.recordKey()));
    }
}
