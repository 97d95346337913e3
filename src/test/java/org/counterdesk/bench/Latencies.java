package org.counterdesk.bench;

import java.util.Arrays;

/** Latencies recorded with {@link System#nanoTime()}, summarised as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    /** The percentiles, the maximum and the throughput of what was recorded. */
    Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).sum();
        return new Summary(count, total, at(sorted, 50), at(sorted, 90), at(sorted, 99),
                count == 0 ? 0 : sorted[count - 1]);
    }

    private static long at(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Nearest-rank percentiles; {@code totalNanos} is the sum of the recorded latencies. */
    record Summary(int count, long totalNanos, long p50, long p90, long p99, long max) {

        double perSecond() {
            return totalNanos == 0 ? 0 : count * 1e9 / totalNanos;
        }

        static String ms(long nanos) {
            return String.format("%.2f", nanos / 1e6);
        }
    }
}
