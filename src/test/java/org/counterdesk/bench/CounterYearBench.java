package org.counterdesk.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;

/**
 * A year at the counter, compressed: each business day the app opens the database, the cashier
 * signs in, posts the day's receipts through the app's poster (with the disk sync), and the app
 * closes (SHUTDOWN COMPACT). Shows whether the file stays bounded when the app is closed daily,
 * and what opening and closing cost as the data grows.
 *
 * <p>Arguments: business days (default 250), receipts per day (default 150).
 */
public final class CounterYearBench {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);

    private CounterYearBench() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int perDay = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        System.out.printf("CounterYearBench: %d days x %d receipts, closed each evening, folders under %s%n",
                days, perDay, BenchFolders.parent());
        System.out.printf("%5s %9s %14s %13s %8s %9s %9s%n", "day", "receipts", "MB before close",
                "MB after close", "open ms", "close ms", "day s");
        Path dir = BenchFolders.fresh("year");
        long started = System.nanoTime();
        try {
            for (int day = 0; day < days; day++) {
                DayResult d = runDay(dir, day, perDay);
                if (day == 0 || (day + 1) % Math.max(1, days / 10) == 0 || day == days - 1) {
                    System.out.printf("%5d %9d %14s %13s %8.0f %9.0f %9.1f%n", day + 1, (day + 1L) * perDay,
                            H2Stats.mb(d.beforeClose()), H2Stats.mb(d.afterClose()), d.openNanos() / 1e6,
                            d.closeNanos() / 1e6, d.dayNanos() / 1e9);
                }
            }
            System.out.printf("done in %.0f s%n", (System.nanoTime() - started) / 1e9);
        } finally {
            BenchFolders.delete(dir);
        }
    }

    record DayResult(long beforeClose, long afterClose, long openNanos, long closeNanos, long dayNanos) {
    }

    static DayResult runDay(Path dir, int day, int perDay) throws Exception {
        long start = System.nanoTime();
        MutableClock clock = new MutableClock(
                FIRST_DAY.plusDays(day).atTime(LocalTime.of(8, 30)).atZone(MutableClock.MELBOURNE).toInstant(),
                MutableClock.MELBOURNE);
        TestCounter c = TestCounter.open(dir, clock);
        if (c.services.setupRoom().firstRun().needed()) {
            c.services.setupRoom().firstRun().loadDemo();
        }
        long opened = System.nanoTime();
        Actor cashier = c.cashier();
        ReceiptMix mix = new ReceiptMix(c.services);
        for (int i = 0; i < perDay; i++) {
            c.services.receipting().poster().post(cashier, mix.counter(i));
            clock.advance(Duration.ofMinutes(3));
        }
        Drawers.closeBalanced(c.services, cashier);
        long beforeClose = H2Stats.fileSize(c.folder.database());
        long closing = System.nanoTime();
        c.close();
        long closed = System.nanoTime();
        return new DayResult(beforeClose, H2Stats.fileSize(c.folder.database()), opened - start, closed - closing,
                closed - start);
    }
}
