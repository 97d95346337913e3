package org.counterdesk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterdesk.app.AppServices;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Insider;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counter's database written at schema version 9 (one chain for everything) moves to version
 * 10: its old entries still verify as the chain they were, the terminal's own chain starts from
 * their last entry, and cutting that old chain short is caught by the link.
 */
class ChainPerTerminalMigrationTest {

    @TempDir
    Path dir;

    @Test
    void entriesWrittenBeforeVersion10StillVerifyAndTheTerminalsChainStartsFromTheirLast() throws Exception {
        DataFolder folder = new DataFolder(dir).create();
        MutableClock clock = MutableClock.melbourneMorning();
        long before;
        try (AppServices old = AppServices.of(folder, Database.createAt(folder.database(), "9"), clock)) {
            old.setupRoom().firstRun().loadDemo();
            var casey = old.staffRoom().staff().signIn("1001", "1111", old.counter().terminal());
            Drawers.open(old, casey);
            old.receipting().poster().post(casey, cashForTag(old));
            before = old.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal")
                    .mapTo(Long.class).one());
        }
        try (TestCounter c = TestCounter.open(dir)) {
            c.services.receipting().poster().post(c.signIn("1001", "1111"), cashForTag(c.services));

            IntegrityReport report = c.services.auditRoom().integrity().run();
            assertThat(report.firstProblem()).isEmpty();
            assertThat(report.passed()).contains("Journal counter before terminal chains: " + before
                    + ", matches the last entry");
            var jdbi = c.services.database().jdbi();
            JournalVerification v = jdbi.withHandle(h -> c.services.journal().verify(h));
            assertThat(v.sharedEntries()).isEqualTo(before);
            JournalEntry first = jdbi.withHandle(h -> c.services.journal().at(h, before + 1)).orElseThrow();
            assertThat(first.chainSeq()).isEqualTo(1L);
            assertThat(first.prevHash()).isEqualTo(v.headHash());

            Insider.sql(jdbi, "DELETE FROM journal WHERE seq = " + before);
            assertThat(c.services.auditRoom().integrity().run().firstProblem()).contains("Journal: terminal CD01, entry 1 does not "
                    + "start from the end of the journal kept before terminals had chains of their own");
        }
    }

    private static ReceiptDraft cashForTag(AppServices s) {
        var tag = s.feesRoom().catalog().byCode(s.counter().businessDate(), "TAG").orElseThrow();
        return ReceiptDraft.empty().withLine(org.counterdesk.receipting.DraftLine.of(tag, "", 1, tag.amount()))
                .withTender(Tender.cash(Money.ofCents(10_000)));
    }
}
