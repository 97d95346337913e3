package org.counterdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.counterdesk.bench.PostingRun.Mode;
import org.counterdesk.bench.PostingRun.Result;

/**
 * How fast receipts post and how the H2 file grows: receipt-shaped posts (two or three lines,
 * EFTPOS and cash) through {@code ReceiptPoster.post}, with the disk sync the app does and
 * without it, on fresh data folders, after a warm-up. Prints throughput, latency percentiles,
 * file size and bytes per receipt, and the size and time of the compacting close.
 *
 * <p>Arguments: the run sizes, default {@code 2000 10000}. {@code -Dbench.dir} chooses the disk.
 * Not a test: nothing here is asserted, and surefire does not run it (see README.md here).
 */
public final class PostingBench {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1_500);
    private static final double DAYS_PER_YEAR = 250;
    private static final double RECEIPTS_PER_DAY = 150;

    private PostingBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace("_", "").replace(",", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2_000, 10_000);
        }
        System.out.printf("PostingBench: Java %s, H2 %s, folders under %s%n", System.getProperty("java.version"),
                org.h2.engine.Constants.FULL_VERSION, BenchFolders.parent());
        long warmStart = System.nanoTime();
        PostingRun.run(Mode.SYNCED, WARM_UP);
        PostingRun.run(Mode.UNSYNCED, WARM_UP);
        BarePosting.run(WARM_UP);
        long emptyCompacted = PostingRun.run(Mode.SYNCED, 0).compactedBytes();
        System.out.printf("warm-up: %d + %d posts in %.1f s; demo database compacted, no receipts: %s MB%n%n",
                WARM_UP, WARM_UP, (System.nanoTime() - warmStart) / 1e9, H2Stats.mb(emptyCompacted));
        for (int n : sizes) {
            List<Result> results = List.of(PostingRun.run(Mode.SYNCED, n), PostingRun.run(Mode.UNSYNCED, n));
            Latencies.Summary bare = BarePosting.run(n);
            print(n, results, emptyCompacted);
            printBare(results.get(0), bare);
        }
    }

    /** The app's synced figure beside the bare stack's, measured in this run, and their ratio. */
    private static void printBare(Result app, Latencies.Summary bare) {
        Latencies.Summary a = app.latency();
        System.out.printf("  bare stack (raw JDBC, same rows, CHECKPOINT SYNC per receipt): %.0f posts/s, p50 %s ms, "
                        + "p99 %s ms%n", bare.perSecond(), Latencies.Summary.ms(bare.p50()),
                Latencies.Summary.ms(bare.p99()));
        System.out.printf("  app / bare: %.0f%% of the bare rate (goal >= 50%%), p99 %s ms (goal <= 10 ms); "
                        + "largest file growth from the %dth receipt on: %d B per receipt (goal <= 4096)%n%n",
                100.0 * a.perSecond() / Math.max(1e-9, bare.perSecond()), Latencies.Summary.ms(a.p99()),
                PostingRun.WATCH_FROM, app.worstGrowthPerReceipt());
    }

    private static void print(int n, List<Result> results, long emptyCompacted) {
        System.out.printf("%,d receipts (2-3 lines, EFTPOS + cash) per run%n", n);
        System.out.printf("%-13s %9s %7s %7s %7s %7s %9s %8s %8s %6s %8s %9s %8s%n", "mode", "posts/s", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "file MB", "B/rcpt", "wr B/rc", "fill%", "close ms", "compct MB",
                "cB/rcpt");
        for (Result r : results) {
            Latencies.Summary l = r.latency();
            System.out.printf("%-13s %9.0f %7s %7s %7s %7s %9s %8d %8d %6d %8.0f %9s %8d%n", r.mode().label,
                    l.perSecond(), Latencies.Summary.ms(l.p50()), Latencies.Summary.ms(l.p90()),
                    Latencies.Summary.ms(l.p99()), Latencies.Summary.ms(l.max()), H2Stats.mb(r.after().fileBytes()),
                    r.bytesPerReceipt(), r.writtenPerReceipt(), r.after().chunksFillRate(), r.closeNanos() / 1e6,
                    H2Stats.mb(r.compactedBytes()), (r.compactedBytes() - emptyCompacted) / Math.max(1, n));
        }
        for (Result r : results) {
            System.out.printf("  file MB after each tenth, %s: %s%n", r.mode().label,
                    r.growth().stream().map(H2Stats::mb).collect(Collectors.joining(" ")));
        }
        Result synced = results.get(0);
        double year = DAYS_PER_YEAR * RECEIPTS_PER_DAY;
        System.out.printf("  a year at the counter (%.0f receipts): %.0f MB at this burst's growth if never compacted, "
                        + "%.1f MB compacted%n%n", year, synced.bytesPerReceipt() * year / 1048576.0,
                (emptyCompacted + (synced.compactedBytes() - emptyCompacted) / (double) n * year) / 1048576.0);
    }
}
