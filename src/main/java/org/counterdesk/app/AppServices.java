package org.counterdesk.app;

import java.time.Clock;
import org.counterdesk.audit.AuditRoom;
import org.counterdesk.backup.BackupRoom;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.exchange.ExchangeRoom;
import org.counterdesk.fees.FeesRoom;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.Printers;
import org.counterdesk.printsettings.PrintSettingsRoom;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.setup.SetupRoom;
import org.counterdesk.staff.StaffRoom;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;

/**
 * The composition root: builds the shared parts (data folder, database, clock, journal,
 * counter, printers) and hands them to each room, which wires its own services. The app, the
 * command line and the tests start here and reach a service only through its room.
 */
public final class AppServices implements AutoCloseable {

    private final SharedParts parts;
    private final StaffRoom staffRoom;
    private final FeesRoom feesRoom;
    private final DrawerRoom drawer;
    private final ReceiptingRoom receipting;
    private final BankingRoom bankingRoom;
    private final SetupRoom setupRoom;
    private final PrintSettingsRoom printSettingsRoom;
    private final FrontDeskRoom frontDeskRoom;
    private final AuditRoom auditRoom;
    private final BackupRoom backupRoom;
    private final ExchangeRoom exchangeRoom;

    public AppServices(DataFolder folder, Database database, Clock clock) {
        this.parts = SharedParts.of(folder, database, clock);
        Journal journal = parts.journal();
        CounterSetup counter = parts.counter();
        Printers printers = parts.printers();
        this.staffRoom = StaffRoom.of(database, journal, clock);
        this.feesRoom = FeesRoom.of(database, journal, clock);
        var staff = staffRoom.staff();
        var fees = feesRoom.catalog();
        DocumentOutput output = new DocumentOutput(folder.documents(), printers);
        this.drawer = DrawerRoom.of(database, counter, staff, journal, clock, output);
        this.receipting = ReceiptingRoom.of(database, counter, staff, drawer.sessions(), journal, clock, output);
        this.bankingRoom = new BankingRoom(database, counter, staff, drawer, receipting.receipts(), journal, clock,
                output);
        this.setupRoom = SetupRoom.of(database, counter, staff, fees, journal, clock);
        this.printSettingsRoom = PrintSettingsRoom.of(database, journal, printers);
        this.frontDeskRoom = FrontDeskRoom.of(folder, database, counter, staff, printers, journal, clock);
        this.auditRoom = AuditRoom.of(database, journal);
        this.backupRoom = BackupRoom.of(database, counter, journal, clock);
        this.exchangeRoom = ExchangeRoom.of(folder, database, counter, fees, journal, clock);
    }

    /** The staff room: sign-in, supervisor approval, the staff list. */
    public StaffRoom staffRoom() {
        return staffRoom;
    }

    /** The fees room: the fee catalog. */
    public FeesRoom feesRoom() {
        return feesRoom;
    }

    /** The drawer room: sessions, floats, cash in and out, closing counts, their documents. */
    public DrawerRoom drawer() {
        return drawer;
    }

    /** The receipting room: posting, the receipt book, voids, mail batches, their documents. */
    public ReceiptingRoom receipting() {
        return receipting;
    }

    /** The banking room: deposits, day closures, adjustments, dishonours, day reports. */
    public BankingRoom bankingRoom() {
        return bankingRoom;
    }

    /** The setup room: the first run. */
    public SetupRoom setupRoom() {
        return setupRoom;
    }

    /** The print settings room: who may change how this counter prints. */
    public PrintSettingsRoom printSettingsRoom() {
        return printSettingsRoom;
    }

    /** The front desk room: directory, outbox, visitors, deliveries, enquiries, retention, jobs. */
    public FrontDeskRoom frontDeskRoom() {
        return frontDeskRoom;
    }

    /** The audit room: the integrity check. */
    public AuditRoom auditRoom() {
        return auditRoom;
    }

    /** The backup room: online backups. */
    public BackupRoom backupRoom() {
        return backupRoom;
    }

    /** The sync-with-finance room: finance folders, export batches, master-data imports. */
    public ExchangeRoom exchangeRoom() {
        return exchangeRoom;
    }

    public DataFolder folder() {
        return parts.folder();
    }

    public Database database() {
        return parts.database();
    }

    public Clock clock() {
        return parts.clock();
    }

    public Journal journal() {
        return parts.journal();
    }

    public CounterSetup counter() {
        return parts.counter();
    }

    public Printers printers() {
        return parts.printers();
    }

    @Override
    public void close() {
        frontDeskRoom.close();
        parts.database().close();
    }
}
