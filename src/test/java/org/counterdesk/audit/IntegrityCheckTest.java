package org.counterdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.Insider;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The integrity check on a real counter's records, intact and then tampered with by raw SQL. */
@ParameterizedClass
@EnumSource(Store.class)
class IntegrityCheckTest {

    @Parameter
    Store store;


    @TempDir
    Path dir;
    private TestCounter c;

    @BeforeEach
    void twoClosedDays() throws Exception {
        c = TestCounter.demo(dir, store);
        ClosedDays.close(c, 2);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        c.close();
    }

    @Test
    void intactRecordsPassWithASummaryOfWhatWasChecked() {
        IntegrityReport report = c.services.auditRoom().integrity().run();

        String head = c.services.database().jdbi().withHandle(h -> c.services.journal().head(h)).map(JournalEntry::hash)
                .orElseThrow();
        assertThat(report.intact()).isTrue();
        assertThat(report.firstProblem()).isEmpty();
        assertThat(report.passed()).containsExactly(
                "Journal: " + c.rows("journal") + " entries intact in 1 terminal chain",
                "Journal of CD01: " + c.rows("journal") + " entries, head " + head,
                "Journal counters: 1 terminal chain, each ending at the last entry its counter issued",
                "Day closure heads: 2 recorded heads found in the chain",
                "Anchors: 0 journal heads held outside the database lead to this chain",
                "Receipts at CD01: CD01-000001..CD01-000008, no gaps or duplicates",
                "Voids at CD01: CD01-V000001..CD01-V000002, no gaps or duplicates",
                "Day closures at CD01: 2 (CD01-Z0001..CD01-Z0002), grand totals consistent",
                "Seals: 23 records match their sealing journal entries; none unsealed");
    }

    @Test
    void anAlteredJournalEntryIsNamed() {
        sql("UPDATE journal SET details = '{\"amount\":1}' WHERE seq = 7");

        assertThat(c.services.auditRoom().integrity().run().firstProblem())
                .contains("Journal: terminal CD01, entry 7 has been altered (its hash does not match its content)");
    }

    @Test
    void aReceiptRemovedFromTheMiddleIsNamedAsMissing() {
        sql("SET REFERENTIAL_INTEGRITY FALSE");
        sql("DELETE FROM receipt WHERE receipt_no = 'CD01-000003'");
        sql("SET REFERENTIAL_INTEGRITY TRUE");

        IntegrityReport report = c.services.auditRoom().integrity().run();

        assertThat(report.intact()).isFalse();
        assertThat(report.firstProblem())
                .contains("Receipt CD01-000003 is missing (CD01-000002 is followed by CD01-000004)");
    }

    @Test
    void theLastReceiptsRemovedAreNamedAsIssuedButMissing() {
        sql("SET REFERENTIAL_INTEGRITY FALSE");
        sql("DELETE FROM receipt WHERE number >= 7");
        sql("SET REFERENTIAL_INTEGRITY TRUE");

        assertThat(c.services.auditRoom().integrity().run().firstProblem())
                .contains("Receipt CD01-000007 to CD01-000008 were issued but are missing");
    }

    @Test
    void aVoidNumberedOutOfTurnIsNamed() {
        sql("UPDATE receipt_void SET number = 3, void_no = 'CD01-V000003' WHERE number = 2");

        assertThat(c.services.auditRoom().integrity().run().firstProblem())
                .contains("Void CD01-V000002 is missing (CD01-V000001 is followed by CD01-V000003)");
    }

    @Test
    void aGrandTotalThatDoesNotFollowFromThePreviousDayIsNamed() {
        sql("UPDATE day_closure SET grand_total_cents = grand_total_cents + 100 WHERE number = 1");

        assertThat(c.services.auditRoom().integrity().run().firstProblem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Day closure CD01-Z0001 has a grand total of"));
    }

    @Test
    void aClosureWhosePreviousGrandTotalWasRewrittenIsNamed() {
        sql("UPDATE day_closure SET previous_grand_total_cents = 0, grand_total_cents = period_total_cents WHERE number = 2");

        assertThat(c.services.auditRoom().integrity().run().firstProblem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Day closure CD01-Z0002 starts from a grand total of $0.00 but the closure before it ended at"));
    }

    @Test
    void theLastClosureRemovedIsNamedAsIssuedButMissing() {
        sql("SET REFERENTIAL_INTEGRITY FALSE");
        sql("DELETE FROM day_closure WHERE number = 2");

        assertThat(c.services.auditRoom().integrity().run().firstProblem())
                .contains("Day closure CD01-Z0002 was issued but is missing (2 issued, 1 stored)");
    }

    /** A test-only handle on the database, to do what the app never does (and the database refuses). */
    private void sql(String statement) {
        Insider.sql(c.services.database().jdbi(), statement);
    }
}
