package org.counterdesk.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.counterdesk.app.AppServices;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.InstanceLock;

/**
 * A stand-in for the app in a JVM of its own: takes the instance lock and opens the database
 * as the app does, says {@value #READY}, then obeys lines on stdin: {@code post} posts a cash
 * receipt and prints its number, {@code quit} (or the end of stdin) closes everything as the
 * app's stop does and prints {@value #CLOSED}.
 */
public final class HeldOpen {

    public static final String READY = "HELD-OPEN READY";
    public static final String CLOSED = "HELD-OPEN CLOSED";

    private HeldOpen() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0])).create();
        try (InstanceLock lock = InstanceLock.acquire(folder.root());
             AppServices services = AppServices.of(folder, Database.open(folder.database()), MutableClock.melbourneMorning())) {
            Cashier counter = new Cashier(services);
            System.out.println(READY);
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                if (line.equals("post")) {
                    System.out.println("POSTED " + counter.post().receiptNo());
                    System.out.flush();
                }
            }
        }
        System.out.println(CLOSED);
        System.out.flush();
    }

    /** Posts as the demo cashier, opening her drawer the first time. */
    private static final class Cashier {
        private final AppServices services;
        private Actor casey;

        Cashier(AppServices services) {
            this.services = services;
        }

        Receipt post() {
            if (casey == null) {
                casey = services.staffRoom().staff().signIn("1001", "1111", services.counter().terminal());
                Drawers.open(services, casey);
            }
            return services.receipting().poster().post(casey, new ReceiptMix(services).counter(0));
        }
    }
}
