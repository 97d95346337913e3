package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.testing.SiteCounters;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight counters of one site post at once on the PostgreSQL server, each its own PC (its own
 * terminal code, database connections and cashier) through the real posting service: every
 * terminal's receipts are numbered 1, 2, 3 ... with no gap and no duplicate, and verify finds
 * every terminal's journal chain, counters and seals intact. {@code -Dcounters.receipts}
 * sets the receipts per counter (100 by default, to keep the suite short; the figure is 1,000).
 */
class EightCountersTest {

    private static final int COUNTERS = 8;
    private static final int EACH = Integer.getInteger("counters.receipts", 100);

    @TempDir
    Path dir;

    @Test
    void eightCountersPostingAtOnceLeaveNoGapNoDuplicateAndEveryChainIntact() throws Exception {
        try (SiteCounters site = SiteCounters.open(dir, Store.POSTGRESQL, COUNTERS)) {
            long started = System.nanoTime();
            List<List<String>> handed = site.postAtOnce(EACH, (counter, nanos) -> { });
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            System.out.printf("EightCountersTest: %d counters x %d receipts posted in %d s%n", COUNTERS, EACH, seconds);

            for (int c = 0; c < COUNTERS; c++) {
                String code = site.counters().get(c).terminal();
                assertThat(handed.get(c)).as("receipts handed over at %s", code).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, EACH).mapToObj(n -> DocumentNumbers.RECEIPT.format(code, n)).toList());
                assertThat(stored(site, code)).as("receipt numbers stored for %s", code)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, EACH).boxed().toList());
            }
            IntegrityReport report = site.first().auditRoom().integrity().run();
            assertThat(report.firstProblem()).as("verify after %d receipts in %d s", COUNTERS * EACH, seconds).isEmpty();
            assertThat(report.passed()).contains("Journal counters: " + COUNTERS + " terminal chains, each ending at the "
                    + "last entry its counter issued");
            List<String> joined = site.first().database().jdbi().withHandle(h -> h.createQuery("SELECT terminal FROM "
                    + "journal WHERE event = 'TERMINAL_JOINED' ORDER BY terminal").mapTo(String.class).list());
            assertThat(joined).as("every PC but the first joined the site with its own code")
                    .containsExactly("CD02", "CD03", "CD04", "CD05", "CD06", "CD07", "CD08");
            for (int c = 1; c <= COUNTERS; c++) {
                assertThat(report.passed()).contains(String.format("Receipts at CD%02d: CD%02d-000001..CD%02d-%06d, no "
                        + "gaps or duplicates", c, c, c, EACH));
            }
        }
    }

    private static List<Long> stored(SiteCounters site, String code) {
        return site.first().database().jdbi().withHandle(h -> h.createQuery("SELECT r.number FROM receipt r "
                        + "JOIN terminal t ON t.id = r.terminal_id WHERE t.code = :c ORDER BY r.number")
                .bind("c", code).mapTo(Long.class).list());
    }
}
