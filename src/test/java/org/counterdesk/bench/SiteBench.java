package org.counterdesk.bench;

import java.nio.file.Path;
import org.counterdesk.testing.SiteCounters;
import org.counterdesk.testing.Store;

/**
 * Several counters posting at once: post p50/p99 and posts per second for 1, 4 and 8 counters
 * on the embedded PostgreSQL server (each counter its own terminal, connections and cashier, as
 * a separate PC would be) beside the same on H2 (one PC's file, the counters being threads that
 * share it). Each counter posts the counter mix through {@code ReceiptPoster.post}; the rate is
 * all counters' posts over the wall time from the common start to the last post.
 *
 * <p>Arguments: receipts per counter (default 300) and warm-up receipts per counter (default 50).
 * Not a test: nothing here is asserted (see README.md here).
 */
public final class SiteBench {

    private static final int[] COUNTERS = {1, 4, 8};

    private SiteBench() {
    }

    public static void main(String[] args) throws Exception {
        int each = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        System.out.printf("SiteBench: Java %s, %d receipts per counter after %d to warm up, %d processors%n",
                System.getProperty("java.version"), each, warmUp, Runtime.getRuntime().availableProcessors());
        for (Store store : Store.values()) {
            for (int n : COUNTERS) {
                run(store, n, each, warmUp);
            }
        }
    }

    private static void run(Store store, int n, int each, int warmUp) throws Exception {
        Path dir = BenchFolders.fresh("site");
        try (SiteCounters site = SiteCounters.open(dir, store, n)) {
            site.postAtOnce(warmUp, (c, nanos) -> { });
            long[][] times = new long[n][each];
            int[] next = new int[n];
            long start = System.nanoTime();
            site.postAtOnce(each, (c, nanos) -> times[c][next[c]++] = nanos);
            long wall = System.nanoTime() - start;
            Latencies all = new Latencies(n * each);
            for (long[] counter : times) {
                for (long t : counter) {
                    all.add(t);
                }
            }
            Latencies.Summary s = all.summary();
            System.out.printf("%-10s %d counter%s: %5.0f posts/s, p50 %s ms, p99 %s ms, max %s ms (%d posts in %.1f s)%n",
                    store, n, n == 1 ? " " : "s", n * each * 1e9 / wall, Latencies.Summary.ms(s.p50()),
                    Latencies.Summary.ms(s.p99()), Latencies.Summary.ms(s.max()), n * each, wall / 1e9);
        } finally {
            BenchFolders.delete(dir);
        }
    }
}
