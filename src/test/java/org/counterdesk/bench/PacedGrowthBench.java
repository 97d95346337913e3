package org.counterdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;

/**
 * How the H2 file grows at a counter's pace, without a close in between. H2 overwrites a freed
 * chunk only once it is older than the retention time (45 s by default); at the counter,
 * receipts are minutes apart, so every freed chunk is reusable by the next post. This bench
 * keeps that relation but shrinks both sides so it runs in minutes: retention {@code 100 ms}
 * (set with {@code SET RETENTION_TIME} on this benchmark's database only) and a receipt every
 * {@code 150 ms}. It posts through the app's poster, with the disk sync.
 *
 * <p>Arguments: receipts (default 1000), pause between receipts in ms (150), retention in ms
 * (100), and an H2 write delay in ms (default 0, as the app opens the database). A write delay
 * above 0 keeps H2's background thread, which also compacts sparse chunks, running; try it
 * to see what that would change (receipts stay durable: the poster syncs each one itself).
 */
public final class PacedGrowthBench {

    private PacedGrowthBench() {
    }

    public static void main(String[] args) throws Exception {
        int receipts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int pauseMs = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int retentionMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int writeDelayMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        System.out.printf("PacedGrowthBench: %,d receipts, one every %d ms, retention %d ms, write delay %d ms, "
                + "folders under %s%n", receipts, pauseMs, retentionMs, writeDelayMs, BenchFolders.parent());
        Path dir = BenchFolders.fresh("paced");
        try (TestCounter c = TestCounter.demo(dir)) {
            c.services.database().jdbi().useHandle(h -> {
                h.execute("SET RETENTION_TIME " + retentionMs);
                h.execute("SET WRITE_DELAY " + writeDelayMs);
            });
            Actor cashier = c.cashier();
            ReceiptMix mix = new ReceiptMix(c.services);
            Path db = c.folder.database();
            System.out.printf("%9s %9s %9s %6s %7s%n", "receipts", "file MB", "B/rcpt", "fill%", "chunks");
            int step = Math.max(1, receipts / 10);
            long start = H2Stats.fileSize(db);
            for (int i = 0; i < receipts; i++) {
                c.services.receipting().poster().post(cashier, mix.twoTenders(i));
                c.clock.advance(Duration.ofSeconds(20));
                TimeUnit.MILLISECONDS.sleep(pauseMs);
                if ((i + 1) % step == 0) {
                    H2Stats s = H2Stats.of(c.services.database().jdbi(), db);
                    System.out.printf("%9d %9s %9d %6d %7d%n", i + 1, H2Stats.mb(s.fileBytes()),
                            (s.fileBytes() - start) / (i + 1), s.chunksFillRate(), s.chunkCount());
                }
            }
        } finally {
            BenchFolders.delete(dir);
        }
    }
}
