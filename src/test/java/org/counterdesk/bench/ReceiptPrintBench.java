package org.counterdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.counterdesk.app.AppServices;
import org.counterdesk.receipting.BenchmarkDocuments;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.ReceiptMix;

/**
 * What the cashier waits for after F12: posting a receipt (one transaction, forced to disk)
 * and then making, keeping and "printing" its PDF (to the folder printer, as on a PC without a
 * receipt printer). Prints latency percentiles for the post alone, the PDF alone, and both;
 * then making the same receipt's PDF in memory (the app's layout) beside the bare stack
 * ({@link BarePdf}: PDFBox alone, fonts parsed once), timed in turn in the same run, and the ratio.
 *
 * <p>Arguments: receipts to time (default 300) after a warm-up of 100. Not a test.
 */
public final class ReceiptPrintBench {

    private static final int WARM_UP = 100;

    private ReceiptPrintBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path dir = BenchFolders.fresh("print-bench");
        DataFolder folder = new DataFolder(dir).create();
        try (AppServices services = AppServices.of(folder, Database.open(folder.database()), Clock.systemDefaultZone())) {
            services.setupRoom().firstRun().loadDemo();
            Actor cashier = services.staffRoom().staff().signIn("1001", "1111", services.counter().terminal());
            Drawers.open(services, cashier);
            ReceiptMix mix = new ReceiptMix(services);
            BarePdf bare = new BarePdf();
            for (int i = 0; i < WARM_UP; i++) {
                Receipt r = services.receipting().poster().post(cashier, mix.twoTenders(i));
                services.receipting().printing().printReceipt(r);
                BenchmarkDocuments.receiptPdf(services, r);
                bare.make(r);
            }
            Latencies make = new Latencies(n);
            Latencies bareMake = new Latencies(n);
            Latencies post = new Latencies(n);
            Latencies pdf = new Latencies(n);
            Latencies both = new Latencies(n);
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                Receipt r = services.receipting().poster().post(cashier, mix.twoTenders(i));
                long posted = System.nanoTime();
                services.receipting().printing().printReceipt(r);
                long printed = System.nanoTime();
                post.add(posted - start);
                pdf.add(printed - posted);
                both.add(printed - start);
                long made = System.nanoTime();
                BenchmarkDocuments.receiptPdf(services, r);
                long bareStart = System.nanoTime();
                bare.make(r);
                make.add(bareStart - made);
                bareMake.add(System.nanoTime() - bareStart);
            }
            System.out.printf("ReceiptPrintBench: %d receipts after %d warm-up, Java %s, data folder on %s%n", n, WARM_UP,
                    System.getProperty("java.version"), BenchFolders.parent());
            System.out.printf("%-34s %7s %7s %7s %7s%n", "step", "p50 ms", "p90 ms", "p99 ms", "max ms");
            row("post (transaction + disk sync)", post);
            row("receipt PDF (make, keep, print)", pdf);
            row("post + PDF (what F12 waits for)", both);
            row("receipt PDF made (in memory)", make);
            row("bare PDFBox receipt (in memory)", bareMake);
            System.out.printf("made / bare: %.1fx at p50, %.1fx at p99 (goal <= 2x); keep + print: about %s ms at p50%n",
                    ratio(make.summary().p50(), bareMake.summary().p50()),
                    ratio(make.summary().p99(), bareMake.summary().p99()),
                    Latencies.Summary.ms(Math.max(0, pdf.summary().p50() - make.summary().p50())));
        } finally {
            BenchFolders.delete(dir);
        }
    }

    private static double ratio(long a, long b) {
        return a / (double) Math.max(1, b);
    }

    private static void row(String step, Latencies l) {
        Latencies.Summary s = l.summary();
        System.out.printf("%-34s %7s %7s %7s %7s%n", step, Latencies.Summary.ms(s.p50()), Latencies.Summary.ms(s.p90()),
                Latencies.Summary.ms(s.p99()), Latencies.Summary.ms(s.max()));
    }
}
