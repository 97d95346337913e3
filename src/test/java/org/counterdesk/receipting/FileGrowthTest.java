package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.journal.JournalVerification;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file during a burst of posts, with no close in between: superseded chunks are reused
 * once the post that superseded them is forced to disk, and sparse chunks are rewritten in the
 * background, so the file grows by a few kilobytes per receipt, not by a chunk (about 38 KB)
 * each. Every receipt stays, numbered without gaps, and the journal chain still verifies,
 * including after the database is closed and opened again.
 */
class FileGrowthTest {

    private static final int RECEIPTS = 300;
    /** Well under the 38 KB a post grew the file by before chunks were reused. */
    private static final long MOST_BYTES_PER_RECEIPT = 16 * 1024;

    @TempDir
    Path dir;

    @Test
    void aBurstOfPostsGrowsTheFileByKilobytesPerReceiptAndKeepsEveryReceipt() throws Exception {
        Path file;
        long before;
        try (TestCounter c = TestCounter.demo(dir)) {
            file = c.folder.database().resolve("counterdesk.mv.db");
            Actor cashier = c.cashier();
            ReceiptMix mix = new ReceiptMix(c.services);
            before = Files.size(file);
            for (int i = 0; i < RECEIPTS; i++) {
                c.services.receipting().poster().post(cashier, mix.twoTenders(i));
            }
            assertThat((Files.size(file) - before) / RECEIPTS).isLessThan(MOST_BYTES_PER_RECEIPT);
        }
        try (TestCounter again = TestCounter.open(dir)) {
            assertThat(again.rows("receipt")).isEqualTo(RECEIPTS);
            long numbers = again.services.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(DISTINCT number) FROM receipt WHERE number BETWEEN 1 AND " + RECEIPTS)
                    .mapTo(Long.class).one());
            assertThat(numbers).isEqualTo(RECEIPTS);
            JournalVerification chain = again.services.database().jdbi()
                    .withHandle(h -> again.services.journal().verify(h));
            assertThat(chain.firstBreak()).isEmpty();
        }
    }
}
