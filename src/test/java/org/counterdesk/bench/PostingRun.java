package org.counterdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.receipting.BenchmarkPosters;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.ReceiptPoster;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;

/**
 * One measured run: a fresh data folder with the demo data, {@code receipts} posts timed one
 * by one, the file measured as it grows, then the database closed (SHUTDOWN COMPACT) and the
 * compacted file measured.
 */
final class PostingRun {

    /** With the disk sync each receipt gets in the app, or without it, to show its cost. */
    enum Mode {
        SYNCED("with sync"), UNSYNCED("without sync");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /**
     * What one run measured. {@code growth} holds the file size after each tenth of the run;
     * {@code worstGrowthPerReceipt} the largest growth per receipt posted, checked after every
     * receipt from the 100th on (the high-water mark of a burst).
     */
    record Result(Mode mode, int receipts, Latencies.Summary latency, H2Stats before, H2Stats after,
                  List<Long> growth, long worstGrowthPerReceipt, long closeNanos, long compactedBytes) {

        long bytesPerReceipt() {
            return receipts == 0 ? 0 : (after.fileBytes() - before.fileBytes()) / receipts;
        }

        long writtenPerReceipt() {
            return receipts == 0 ? 0 : (after.writeBytes() - before.writeBytes()) / receipts;
        }
    }

    static final int WATCH_FROM = 100;

    private PostingRun() {
    }

    static Result run(Mode mode, int receipts) throws Exception {
        Path dir = BenchFolders.fresh("posting");
        try {
            TestCounter c = TestCounter.demo(dir);
            Actor cashier = c.cashier();
            ReceiptPoster poster = mode == Mode.SYNCED ? c.services.receipting().poster() : BenchmarkPosters.withoutDiskSync(c.services);
            ReceiptMix mix = new ReceiptMix(c.services);
            Path db = c.folder.database();
            H2Stats before = H2Stats.of(c.services.database().jdbi(), db);
            Latencies latencies = new Latencies(receipts);
            List<Long> growth = new ArrayList<>();
            int tenth = Math.max(1, receipts / 10);
            long worst = 0;
            for (int i = 0; i < receipts; i++) {
                ReceiptDraft draft = mix.twoTenders(i);
                long start = System.nanoTime();
                poster.post(cashier, draft);
                latencies.add(System.nanoTime() - start);
                c.clock.advance(Duration.ofMillis(50));
                if (i + 1 >= WATCH_FROM) {
                    worst = Math.max(worst, (H2Stats.fileSize(db) - before.fileBytes()) / (i + 1));
                }
                if ((i + 1) % tenth == 0) {
                    growth.add(H2Stats.fileSize(db));
                }
            }
            H2Stats after = H2Stats.of(c.services.database().jdbi(), db);
            long closeStart = System.nanoTime();
            c.close();
            long closeNanos = System.nanoTime() - closeStart;
            return new Result(mode, receipts, latencies.summary(), before, after, growth, worst, closeNanos,
                    H2Stats.fileSize(db));
        } finally {
            BenchFolders.delete(dir);
        }
    }
}
