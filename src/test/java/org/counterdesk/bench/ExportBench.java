package org.counterdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.exchange.batch.BatchExports;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.receipting.BenchmarkPosters;
import org.counterdesk.receipting.ReceiptPoster;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;

/**
 * How long exporting a closed day to finance takes, and how that grows with the database.
 * Each business day the app opens the data folder, a cashier posts the day's receipts (the
 * counter mix, without the per-receipt disk sync so the set-up is quick), balances and banks
 * the drawer, a supervisor closes the day, and the app closes (SHUTDOWN COMPACT). On the
 * checkpoint days the closed day is exported (timed: batch made, checked against its schema,
 * queued, delivered to the outbox), exported again (made again, checked byte for byte against
 * its recorded SHA-256, delivered), and the written file is parsed and validated on its own.
 *
 * <p>Arguments: receipts per day (default 2000), then the checkpoint days (default 1 10 50).
 */
public final class ExportBench {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Set<Integer> checkpoints = new TreeSet<>();
        Arrays.stream(args).skip(1).map(Integer::parseInt).forEach(checkpoints::add);
        if (checkpoints.isEmpty()) {
            checkpoints.addAll(Set.of(1, 10, 50));
        }
        int days = ((TreeSet<Integer>) checkpoints).last();
        System.out.printf("ExportBench: %d receipts a day, export timed on days %s, folders under %s%n", perDay,
                checkpoints, BenchFolders.parent());
        System.out.printf("%5s %9s %8s %10s %10s %12s %10s%n", "day", "receipts", "DB MB", "export ms", "again ms",
                "validate ms", "batch MB");
        Path dir = BenchFolders.fresh("export");
        long started = System.nanoTime();
        try {
            for (int day = 1; day <= days; day++) {
                runDay(dir, day, perDay, checkpoints.contains(day));
            }
            System.out.printf("done in %.0f s%n", (System.nanoTime() - started) / 1e9);
        } finally {
            BenchFolders.delete(dir);
        }
    }

    private static void runDay(Path dir, int day, int perDay, boolean export) throws Exception {
        MutableClock clock = new MutableClock(
                FIRST_DAY.plusDays(day - 1L).atTime(LocalTime.of(8, 30)).atZone(MutableClock.MELBOURNE).toInstant(),
                MutableClock.MELBOURNE);
        TestCounter c = TestCounter.open(dir, clock);
        try {
            if (c.services.setupRoom().firstRun().needed()) {
                c.services.setupRoom().firstRun().loadDemo();
            }
            Actor cashier = c.cashier();
            Actor supervisor = c.supervisor();
            ReceiptPoster poster = BenchmarkPosters.withoutDiskSync(c.services);
            ReceiptMix mix = new ReceiptMix(c.services);
            LocalDate date = c.services.counter().businessDate();
            for (int i = 0; i < perDay; i++) {
                poster.post(cashier, mix.counter(i));
                clock.advance(Duration.ofSeconds(10));
            }
            Drawers.closeBalanced(c.services, cashier);
            c.services.bankingRoom().banking().bank(cashier, "BAG " + day, "2001", "2222");
            c.services.bankingRoom().dayClosures().close(supervisor, date);
            if (export) {
                measure(c, supervisor, date, day, perDay);
            }
        } finally {
            c.close();
        }
    }

    private static void measure(TestCounter c, Actor supervisor, LocalDate date, int day, int perDay) throws Exception {
        BatchExports exports = c.services.exchangeRoom().batches();
        c.clock.advance(Duration.ofMinutes(10));
        long t0 = System.nanoTime();
        BatchResult made = exports.exportDay(supervisor, date, ExportProgress.NONE);
        long t1 = System.nanoTime();
        exports.exportDay(supervisor, date, ExportProgress.NONE);
        long t2 = System.nanoTime();
        Path file = c.services.exchangeRoom().folders().outbox().resolve(made.fileName());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Files.readAllBytes(file));
        if (!JsonSchemas.check("batch", tree).isEmpty()) {
            throw new IllegalStateException("batch does not match its schema");
        }
        long t3 = System.nanoTime();
        System.out.printf("%5d %9d %8s %10.0f %10.0f %12.0f %10s%n", day, (long) day * perDay,
                H2Stats.mb(H2Stats.fileSize(c.folder.database())), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                H2Stats.mb(made.sizeBytes()));
    }
}
