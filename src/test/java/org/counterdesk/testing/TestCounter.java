package org.counterdesk.testing;

import java.nio.file.Path;
import org.counterdesk.app.AppServices;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.fees.Fee;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;

/**
 * A real counter on a real H2 file database in a temp folder (or, given {@link Store#POSTGRESQL},
 * on a database of its own on the embedded PostgreSQL server), for storage and service tests.
 * Loads the demo organisation on request; demo people sign in with their demo PINs.
 */
public final class TestCounter implements AutoCloseable {

    public final MutableClock clock;
    public final DataFolder folder;
    public final AppServices services;
    public final Store store;

    private TestCounter(Path dir, MutableClock clock, Store store) throws Exception {
        this.clock = clock;
        this.store = store;
        this.folder = new DataFolder(dir).create();
        this.services = AppServices.of(folder, store.open(folder), clock);
    }

    public static TestCounter open(Path dir) throws Exception {
        return open(dir, Store.H2);
    }

    public static TestCounter open(Path dir, Store store) throws Exception {
        return new TestCounter(dir, MutableClock.melbourneMorning(), store);
    }

    public static TestCounter open(Path dir, MutableClock clock) throws Exception {
        return new TestCounter(dir, clock, Store.H2);
    }

    /** A new counter with the demo data loaded. */
    public static TestCounter demo(Path dir) throws Exception {
        return demo(dir, Store.H2);
    }

    /** A new counter on {@code store} with the demo data loaded. */
    public static TestCounter demo(Path dir, Store store) throws Exception {
        TestCounter c = open(dir, store);
        c.services.setupRoom().firstRun().loadDemo();
        return c;
    }

    /** A plain JDBC connection to this counter's database, for what only an insider would do. */
    public java.sql.Connection connect() throws java.sql.SQLException {
        return store.connect(folder);
    }

    /** The demo cashier, signed in, with a drawer open on an exactly counted float. */
    /** The drawer room's services, as the app wires them. */
    public DrawerRoom drawer() {
        return services.drawer();
    }

    /** The receipting room's services, as the app wires them. */
    public ReceiptingRoom receipting() {
        return services.receipting();
    }

    /** The banking room's services, as the app wires them. */
    public BankingRoom banking() {
        return services.bankingRoom();
    }

    public Actor cashier() {
        Actor casey = signIn("1001", "1111");
        Drawers.open(services, casey);
        return casey;
    }

    public Actor supervisor() {
        return signIn("2001", "2222");
    }

    public Actor administrator() {
        return signIn("9001", "9999");
    }

    public Actor signIn(String number, String pin) {
        return services.staffRoom().staff().signIn(number, pin, services.counter().terminal());
    }

    public Fee fee(String code) {
        return services.feesRoom().catalog().byCode(services.counter().businessDate(), code).orElseThrow();
    }

    /** A line for a fixed fee with no reference. */
    public DraftLine line(String code) {
        Fee f = fee(code);
        return DraftLine.of(f, "", 1, f.amount());
    }

    public DraftLine line(String code, String reference, long cents) {
        return DraftLine.of(fee(code), reference, 1, Money.ofCents(cents));
    }

    /** How many rows {@code table} holds now. */
    public long rows(String table) {
        return services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        services.close();
    }
}
