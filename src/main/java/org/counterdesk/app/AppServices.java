package org.counterdesk.app;

import java.time.Clock;
import org.counterdesk.audit.IntegrityCheck;
import org.counterdesk.backup.Backups;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.exchange.masterdata.MasterDataImports;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.Printers;
import org.counterdesk.printsettings.PrintSetup;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.staff.PinHasher;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.setup.TerminalJoin;

/**
 * The composition root: builds the shared parts (database, clock, journal, counter, staff,
 * document output) and hands them to each room, which wires its own services (the drawer,
 * receipting and banking rooms so far). The app, the command line and the tests start here.
 */
public final class AppServices implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final Journal journal;
    private final CounterSetup counter;
    private final StaffService staff;
    private final FeeCatalog fees;
    private final DrawerRoom drawer;
    private final ReceiptingRoom receipting;
    private final BankingRoom bankingRoom;
    private final FirstRun firstRun;
    private final Printers printers;
    private final PrintSetup printSetup;
    private final FrontDeskServices frontDesk;
    private final MasterDataImports masterData;
    private final IntegrityCheck integrity;
    private final Backups backups;
    private final ExchangeServices exchange;

    public AppServices(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        var jdbi = database.jdbi();
        this.journal = new Journal(clock);
        this.counter = new CounterSetup(jdbi, clock, DatabaseConfig.of(folder).terminal(),
                new TerminalJoin(database, journal, clock));
        this.staff = new StaffService(database, journal, new PinHasher(), clock);
        this.fees = new FeeCatalog(jdbi, journal, clock);
        this.printers = new Printers(jdbi, folder.printed());
        this.printSetup = new PrintSetup(jdbi, journal, printers);
        DocumentOutput output = new DocumentOutput(folder.documents(), printers);
        this.drawer = new DrawerRoom(database, counter, staff, journal, clock, output);
        this.receipting = new ReceiptingRoom(database, counter, staff, drawer.sessions(), journal, clock, output);
        this.bankingRoom = new BankingRoom(database, counter, staff, drawer, receipting.receipts(), journal, clock,
                output);
        this.firstRun = new FirstRun(database, counter, staff, fees, journal, clock);
        this.frontDesk = new FrontDeskServices(folder, jdbi, counter, staff, printers, journal, clock);
        this.masterData = new MasterDataImports(database, counter, fees, journal, clock);
        this.integrity = new IntegrityCheck(jdbi, journal);
        this.backups = new Backups(database, counter, journal, clock);
        this.exchange = new ExchangeServices(folder, database, counter, journal, clock);
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

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Journal journal() {
        return journal;
    }

    public CounterSetup counter() {
        return counter;
    }

    public StaffService staff() {
        return staff;
    }

    public FeeCatalog fees() {
        return fees;
    }

    public FirstRun firstRun() {
        return firstRun;
    }

    public Printers printers() {
        return printers;
    }

    public PrintSetup printSetup() {
        return printSetup;
    }

    public FrontDeskServices frontDesk() {
        return frontDesk;
    }

    public MasterDataImports masterData() {
        return masterData;
    }

    public IntegrityCheck integrity() {
        return integrity;
    }

    public Backups backups() {
        return backups;
    }

    public ExchangeServices exchange() {
        return exchange;
    }

    @Override
    public void close() {
        frontDesk.close();
        database.close();
    }
}
