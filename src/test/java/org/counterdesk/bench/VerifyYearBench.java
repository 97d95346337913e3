package org.counterdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.store.Database;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.TestCounter;

/**
 * What a full {@code verify} costs on a year of data: the year of {@link CounterYearBench} is
 * built first (the app opened, a day's receipts posted and the app closed, every business day),
 * then the database is opened as the app opens it and {@code IntegrityCheck.run} is timed, twice
 * (the first run includes class loading and a cold page cache of H2), with the peak heap it used.
 *
 * <p>Arguments: business days (default 250), receipts per day (default 150), and optionally a
 * folder to keep the year in: given an empty or new folder the year is built there and kept;
 * given one that already holds a database, only the verify is timed (for a profiler run).
 */
public final class VerifyYearBench {

    private VerifyYearBench() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        Path kept = args.length > 2 ? Path.of(args[2]) : null;
        Path dir = kept == null ? BenchFolders.fresh("verify-year") : Files.createDirectories(kept);
        try {
            if (Database.exists(dir.resolve("db"))) {
                System.out.printf("VerifyYearBench: the year already in %s%n", dir);
            } else {
                build(dir, days, perDay);
            }
            System.out.printf("database file %s MB%n", H2Stats.mb(H2Stats.fileSize(dir.resolve("db"))));
            try (TestCounter c = TestCounter.open(dir, new MutableClock(
                    CounterYearBench.FIRST_DAY.plusDays(days).atTime(LocalTime.of(8, 0))
                            .atZone(MutableClock.MELBOURNE).toInstant(), MutableClock.MELBOURNE))) {
                for (int run = 1; run <= 2; run++) {
                    timeVerify(c, run);
                }
            }
        } finally {
            if (kept == null) {
                BenchFolders.delete(dir);
            }
        }
    }

    private static void build(Path dir, int days, int perDay) throws Exception {
        System.out.printf("VerifyYearBench: building %d days x %d receipts in %s%n", days, perDay, dir);
        long started = System.nanoTime();
        for (int day = 0; day < days; day++) {
            CounterYearBench.runDay(dir, day, perDay);
            if ((day + 1) % 25 == 0) {
                System.out.printf("  %d days built, %.0f s%n", day + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        System.out.printf("year built in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void timeVerify(TestCounter c, int run) {
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        IntegrityReport report = c.services.auditRoom().integrity().run();
        long nanos = System.nanoTime() - started;
        System.out.printf("verify run %d: %.1f s, heap before %s MB, peak heap during %s MB (sum of pool peaks), %s%n",
                run, nanos / 1e9, H2Stats.mb(before), H2Stats.mb(heapPeak()),
                report.firstProblem().map(p -> "PROBLEM " + p).orElse("no problem"));
        report.passed().forEach(line -> System.out.println("  " + line));
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
