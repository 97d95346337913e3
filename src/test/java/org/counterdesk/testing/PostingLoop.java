package org.counterdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.counterdesk.app.AppServices;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;

/**
 * The child process of the crash tests: a counter that posts receipts as fast as it can until
 * it is killed. It prints {@value #READY} once signed in, then {@code POSTED <receipt number>}
 * each time a post has returned, that is once the receipt is committed and forced to disk.
 *
 * <p>Arguments: the data folder; optionally the hours past the test morning its clock starts
 * at (so each round has later times); optionally the most receipts to post (default 20,000).
 * It also stops when its standard input closes, so it cannot outlive a test JVM that died.
 */
public final class PostingLoop {

    public static final String READY = "READY";
    public static final String POSTED = "POSTED ";

    private PostingLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long startHour = args.length > 1 ? Long.parseLong(args[1]) : 0;
        long limit = args.length > 2 ? Long.parseLong(args[2]) : 20_000;
        exitWhenParentGoes(System.in);
        MutableClock clock = MutableClock.melbourneMorning();
        clock.advance(Duration.ofHours(startHour));
        DataFolder folder = new DataFolder(dir).create();
        AppServices services = AppServices.of(folder, Database.open(folder.database()), clock);
        if (services.setupRoom().firstRun().needed()) {
            services.setupRoom().firstRun().loadDemo();
        }
        Actor cashier = services.staffRoom().staff().signIn("1001", "1111", services.counter().terminal());
        Drawers.open(services, cashier);
        ReceiptMix mix = new ReceiptMix(services);
        System.out.println(READY);
        for (int i = 0; i < limit; i++) {
            Receipt posted = services.receipting().poster().post(cashier, mix.counter(i));
            System.out.println(POSTED + posted.receiptNo());
            System.out.flush();
            clock.advance(Duration.ofMillis(100));
        }
        services.close();
    }

    private static void exitWhenParentGoes(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() >= 0) {
                    // the parent writes nothing; end of stream means it has gone
                }
            } catch (IOException e) {
                // treated like end of stream
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
