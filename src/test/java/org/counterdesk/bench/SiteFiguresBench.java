package org.counterdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.app.AppServices;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.SettingDao;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.SiteCounters;
import org.counterdesk.testing.Store;
import org.counterdesk.visitors.Visits;

/**
 * The site's other figures of issue 13, on the embedded PostgreSQL server beside H2: the time to
 * open the app's services on a database already set up (the database opened as the app opens it,
 * migrations checked, then {@code AppServices.of}), warm; and the evacuation roll's time with
 * {@code people} visitors on site (the on-site list read and the roll's PDF made and saved).
 *
 * <p>Arguments: people on site (default 500), timed runs of each (default 7; the first of each is
 * reported apart as the cold one). Not a test: nothing here is asserted.
 */
public final class SiteFiguresBench {

    private SiteFiguresBench() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.out.printf("SiteFiguresBench: Java %s, %d people on site, %d runs, %d processors%n",
                System.getProperty("java.version"), people, runs, Runtime.getRuntime().availableProcessors());
        for (Store store : Store.values()) {
            run(store, people, runs);
        }
    }

    private static void run(Store store, int people, int runs) throws Exception {
        Path dir = BenchFolders.fresh("site-figures");
        try {
            try (SiteCounters site = SiteCounters.open(dir, store, 1)) {
                signInVisitors(site.first(), people);
            }
            DataFolder pc = new DataFolder(dir.resolve("pc1"));
            Latencies open = new Latencies(runs);
            Latencies roll = new Latencies(runs);
            long coldOpen = 0;
            long coldRoll = 0;
            for (int i = 0; i < runs; i++) {
                long began = System.nanoTime();
                Database db = DatabaseConfig.of(pc).open();
                try (AppServices s = AppServices.of(pc, db, MutableClock.melbourneMorning())) {
                    long opened = System.nanoTime() - began;
                    FrontDeskRoom fd = s.frontDeskRoom();
                    began = System.nanoTime();
                    Path pdf = fd.visitorDocuments().printEvacuationRoll(fd.visits().onSite());
                    long rolled = System.nanoTime() - began;
                    if (i == 0) {
                        coldOpen = opened;
                        coldRoll = rolled;
                        System.out.printf("%-10s roll of %d people: %d KB%n", store, fd.visits().onSite().size(),
                                Files.size(pdf) / 1024);
                    } else {
                        open.add(opened);
                        roll.add(rolled);
                    }
                }
            }
            print(store, "open the app's services", coldOpen, open.summary());
            print(store, "evacuation roll (" + people + " people)", coldRoll, roll.summary());
        } finally {
            BenchFolders.delete(dir);
        }
    }

    private static void print(Store store, String what, long cold, Latencies.Summary warm) {
        System.out.printf("%-10s %-34s first %s ms; warm p50 %s ms, max %s ms (%d runs)%n", store, what,
                Latencies.Summary.ms(cold), Latencies.Summary.ms(warm.p50()), Latencies.Summary.ms(warm.max()),
                warm.count());
    }

    /** A name part without digits (names refuse them): 1 is "Ab", 27 is "Bb"... */
    private static String letters(int i) {
        return (char) ('A' + i / 26 % 26) + String.valueOf((char) ('a' + i % 26)) + "ton";
    }

    /** {@code people} visitors signed in at reception, each with a badge of their own. */
    private static void signInVisitors(AppServices s, int people) {
        s.database().jdbi().useHandle(h -> new SettingDao(h).put("frontdesk.badges", "1-" + Math.max(people, 50)));
        Actor cashier = s.staffRoom().staff().signIn("1001", "1111", s.counter().terminal());
        for (int i = 1; i <= people; i++) {
            s.frontDeskRoom().visits().signIn(cashier, new Visits.Request("Visitor " + letters(i), "Contractor " + letters(i % 37), null,
                    "robyn", "Site inspection", "", Integer.toString(i), null));
        }
    }
}
