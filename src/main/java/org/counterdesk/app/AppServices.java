package org.counterdesk.app;

import java.time.Clock;
import org.counterdesk.audit.IntegrityCheck;
import org.counterdesk.backup.Backups;
import org.counterdesk.banking.BankAdjustments;
import org.counterdesk.banking.Banking;
import org.counterdesk.banking.BankingPrinting;
import org.counterdesk.banking.DayClosures;
import org.counterdesk.banking.DayReports;
import org.counterdesk.banking.Dishonours;
import org.counterdesk.drawer.CashMovements;
import org.counterdesk.drawer.DrawerAdmin;
import org.counterdesk.drawer.DrawerPrinting;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.drawer.SessionReports;
import org.counterdesk.exchange.masterdata.MasterDataImports;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.Printers;
import org.counterdesk.printsettings.PrintSetup;
import org.counterdesk.receipting.MailBatches;
import org.counterdesk.receipting.ReceiptBook;
import org.counterdesk.receipting.ReceiptPoster;
import org.counterdesk.receipting.ReceiptPrinting;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.staff.PinHasher;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;

/**
 * The composition root: builds every service once, by constructor, from a data folder and a
 * clock. The app, the tests and (later) the command line all start here.
 */
public final class AppServices implements AutoCloseable {

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;
    private final Journal journal;
    private final CounterSetup counter;
    private final StaffService staff;
    private final FeeCatalog fees;
    private final DrawerSessions sessions;
    private final SessionOpening opening;
    private final CashMovements movements;
    private final SessionClosing closing;
    private final SessionReports sessionReports;
    private final DrawerAdmin drawerAdmin;
    private final Banking banking;
    private final DayClosures dayClosures;
    private final BankAdjustments bankAdjustments;
    private final Dishonours dishonours;
    private final FirstRun firstRun;
    private final ReceiptPoster poster;
    private final ReceiptBook receipts;
    private final VoidService voids;
    private final MailBatches mailBatches;
    private final Printers printers;
    private final PrintSetup printSetup;
    private final ReceiptPrinting printing;
    private final DrawerPrinting drawerPrinting;
    private final FrontDeskServices frontDesk;
    private final BankingPrinting bankingPrinting;
    private final MasterDataImports masterData;
    private final IntegrityCheck integrity;
    private final Backups backups;
    private final DayReports dayReports;
    private final ExchangeServices exchange;

    public AppServices(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
        var jdbi = database.jdbi();
        this.journal = new Journal(clock);
        this.counter = new CounterSetup(jdbi, clock);
        this.staff = new StaffService(jdbi, journal, new PinHasher(), clock);
        this.fees = new FeeCatalog(jdbi, journal, clock);
        this.sessions = new DrawerSessions(jdbi);
        this.opening = new SessionOpening(database, counter, staff, journal, clock);
        this.movements = new CashMovements(database, staff, journal, clock);
        this.closing = new SessionClosing(database, staff, journal, clock);
        this.sessionReports = new SessionReports(jdbi);
        this.drawerAdmin = new DrawerAdmin(jdbi, journal);
        this.banking = new Banking(database, sessions, counter, staff, journal, clock);
        this.dayClosures = new DayClosures(database, counter, journal, clock);
        this.bankAdjustments = new BankAdjustments(database, journal, clock);
        this.firstRun = new FirstRun(jdbi, counter, staff, fees, journal, clock);
        this.poster = new ReceiptPoster(database, counter, sessions, journal, clock);
        this.receipts = new ReceiptBook(jdbi, counter, journal);
        this.dishonours = new Dishonours(database, counter, receipts, journal, clock);
        this.voids = new VoidService(database, counter, staff, sessions, journal, clock);
        this.mailBatches = new MailBatches(jdbi, counter, sessions, journal, clock);
        this.printers = new Printers(jdbi, folder.printed());
        this.printSetup = new PrintSetup(jdbi, journal, printers);
        DocumentOutput output = new DocumentOutput(folder.documents(), printers);
        this.printing = new ReceiptPrinting(counter, receipts, mailBatches, output);
        this.drawerPrinting = new DrawerPrinting(counter, sessionReports, jdbi, journal, output);
        this.frontDesk = new FrontDeskServices(folder, jdbi, counter, staff, printers, journal, clock);
        this.bankingPrinting = new BankingPrinting(counter, banking, dayClosures, dishonours, sessionReports, receipts, jdbi,
                output, journal);
        this.masterData = new MasterDataImports(jdbi, counter, fees, journal, clock);
        this.integrity = new IntegrityCheck(jdbi, journal);
        this.backups = new Backups(database, counter, journal, clock);
        this.dayReports = new DayReports(database, counter, dayClosures, journal, clock);
        this.exchange = new ExchangeServices(folder, database, counter, journal, clock);
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

    public DrawerSessions sessions() {
        return sessions;
    }

    public SessionOpening opening() {
        return opening;
    }

    public CashMovements movements() {
        return movements;
    }

    public SessionClosing closing() {
        return closing;
    }

    public Banking banking() {
        return banking;
    }

    public DayClosures dayClosures() {
        return dayClosures;
    }

    public BankAdjustments bankAdjustments() {
        return bankAdjustments;
    }

    public Dishonours dishonours() {
        return dishonours;
    }

    public DrawerAdmin drawerAdmin() {
        return drawerAdmin;
    }

    public SessionReports sessionReports() {
        return sessionReports;
    }

    public FirstRun firstRun() {
        return firstRun;
    }

    public ReceiptPoster poster() {
        return poster;
    }

    public ReceiptBook receipts() {
        return receipts;
    }

    public VoidService voids() {
        return voids;
    }

    public MailBatches mailBatches() {
        return mailBatches;
    }

    public Printers printers() {
        return printers;
    }

    public PrintSetup printSetup() {
        return printSetup;
    }

    public ReceiptPrinting printing() {
        return printing;
    }

    public DrawerPrinting drawerPrinting() {
        return drawerPrinting;
    }

    public FrontDeskServices frontDesk() {
        return frontDesk;
    }

    public BankingPrinting bankingPrinting() {
        return bankingPrinting;
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

    public DayReports dayReports() {
        return dayReports;
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
