package org.counterdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterdesk.app.AppServices;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.store.SiteSettings;

/**
 * Several counters of one site, each as its own PC would be: a data folder whose
 * {@code counterdesk.properties} sets its terminal code ({@code CD01}, {@code CD02} ...) and, on
 * PostgreSQL, the site's server, so each has its own {@link Database} and connections and joins
 * the site on first start. The first loads the demo organisation; each then has a cashier of its
 * own (1101, 1102 ...) with a drawer open. On H2 (one PC's file) the counters are threads sharing
 * the one database, for comparison.
 */
public final class SiteCounters implements AutoCloseable {

    /** One counter: its terminal code, its services, and its signed-in cashier. */
    public record Counter(String terminal, AppServices services, Actor cashier) {
    }

    /** What a counter does with each post's time, in nanoseconds (a bench keeps them; a test need not). */
    @FunctionalInterface
    public interface Timing {
        void took(int counter, long nanos);
    }

    private final List<Counter> counters = new ArrayList<>();
    private final MutableClock clock = MutableClock.melbourneMorning();
    private Actor admin;

    private SiteCounters() {
    }

    /** {@code n} counters on a fresh site database of {@code store}, in folders under {@code dir}. */
    public static SiteCounters open(Path dir, Store store, int n) throws IOException {
        SiteCounters site = new SiteCounters();
        SiteSettings server = store == Store.POSTGRESQL ? PostgresServer.freshDatabase(dir.resolve("keys")) : null;
        Database h2 = null;
        for (int i = 1; i <= n; i++) {
            DataFolder folder = new DataFolder(dir.resolve("pc" + i)).create();
            String code = String.format("CD%02d", i);
            writeSettings(folder.root(), server, code);
            Database db;
            if (server != null) {
                db = DatabaseConfig.of(folder).open();
            } else {
                h2 = h2 == null ? Database.open(folder.database()) : h2;
                db = h2;
            }
            AppServices services = AppServices.of(folder, db, site.clock);
            if (i == 1) {
                services.setupRoom().firstRun().loadDemo();
            }
            site.counters.add(new Counter(code, services, site.cashierAt(services, i)));
        }
        return site;
    }

    private Actor cashierAt(AppServices services, int i) {
        AppServices first = counters.isEmpty() ? services : counters.get(0).services();
        if (admin == null) {
            admin = first.staffRoom().staff().signIn("9001", "9999", first.counter().terminal());
        }
        String number = Integer.toString(1100 + i);
        first.staffRoom().staff().add(admin, number, "Cashier " + i, EnumSet.of(Role.CASHIER), "4680");
        Actor cashier = services.staffRoom().staff().signIn(number, "4680", services.counter().terminal());
        Drawers.open(services, cashier);
        return cashier;
    }

    public List<Counter> counters() {
        return counters;
    }

    /**
     * Every counter posts {@code each} receipts of the counter mix at once, each on a thread of its
     * own, started together; returns the receipt numbers each counter was handed, in order.
     */
    public List<List<String>> postAtOnce(int each, Timing timing) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(counters.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> running = new ArrayList<>();
            for (int c = 0; c < counters.size(); c++) {
                int index = c;
                running.add(pool.submit(() -> post(index, each, start, timing)));
            }
            start.countDown();
            List<List<String>> numbers = new ArrayList<>();
            for (Future<List<String>> f : running) {
                numbers.add(f.get());
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> post(int index, int each, CountDownLatch start, Timing timing) throws InterruptedException {
        Counter c = counters.get(index);
        ReceiptMix mix = new ReceiptMix(c.services());
        List<String> numbers = new ArrayList<>(each);
        start.await();
        for (int i = 0; i < each; i++) {
            var draft = mix.counter(i);
            long began = System.nanoTime();
            numbers.add(c.services().receipting().poster().post(c.cashier(), draft).receiptNo());
            timing.took(index, System.nanoTime() - began);
        }
        return numbers;
    }

    /** The first counter's services (any counter sees the whole site). */
    public AppServices first() {
        return counters.get(0).services();
    }

    @Override
    public void close() {
        for (int i = counters.size() - 1; i >= 0; i--) {
            counters.get(i).services().close();
        }
    }

    private static void writeSettings(Path root, SiteSettings server, String terminal) {
        Properties p = new Properties();
        if (server != null) {
            p.setProperty("db.url", server.url());
            p.setProperty("db.user", server.user());
            p.setProperty("db.password-file", server.passwordFile().toString());
        }
        p.setProperty("terminal", terminal);
        try {
            PrivateFiles.createFolders(root);
            try (Writer out = Files.newBufferedWriter(root.resolve(DatabaseConfig.FILE_NAME), StandardCharsets.UTF_8)) {
                p.store(out, "counter " + terminal + " of a test site");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
