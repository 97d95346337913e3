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
import org.counterdesk.setup.TerminalJoin;
import org.counterdesk.staff.StaffRoom;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;

/**
 * The composition root: the shared parts (data folder, database, clock, journal, counter,
 * printers), made once, and the rooms built from them, each wiring its own services. The app,
 * the command line and the tests start here and reach a service only through its room.
 */
public record AppServices(DataFolder folder, Database database, Clock clock, Journal journal, CounterSetup counter,
                          Printers printers, StaffRoom staffRoom, FeesRoom feesRoom, DrawerRoom drawer,
                          ReceiptingRoom receipting, BankingRoom bankingRoom, SetupRoom setupRoom,
                          PrintSettingsRoom printSettingsRoom, FrontDeskRoom frontDeskRoom, AuditRoom auditRoom,
                          BackupRoom backupRoom, ExchangeRoom exchangeRoom) implements AutoCloseable {

    /** Everything built on {@code database} in {@code folder}; closing the result closes the database. */
    public static AppServices of(DataFolder folder, Database database, Clock clock) {
        Journal journal = new Journal(clock);
        CounterSetup counter = new CounterSetup(database.jdbi(), clock, DatabaseConfig.of(folder).terminal(),
                new TerminalJoin(database, journal, clock));
        Printers printers = new Printers(database.jdbi(), folder.printed());
        StaffRoom staffRoom = StaffRoom.of(database, journal, clock);
        FeesRoom feesRoom = FeesRoom.of(database, journal, clock);
        var staff = staffRoom.staff();
        var fees = feesRoom.catalog();
        DocumentOutput output = new DocumentOutput(folder.documents(), printers);
        DrawerRoom drawer = DrawerRoom.of(database, counter, staff, journal, clock, output);
        ReceiptingRoom receipting = ReceiptingRoom.of(database, counter, staff, drawer.sessions(), journal, clock, output);
        return new AppServices(folder, database, clock, journal, counter, printers, staffRoom, feesRoom, drawer,
                receipting,
                BankingRoom.of(database, counter, staff, drawer, receipting.receipts(), journal, clock, output),
                SetupRoom.of(database, counter, staff, fees, journal, clock),
                PrintSettingsRoom.of(database, journal, printers),
                FrontDeskRoom.of(folder, database, counter, staff, printers, journal, clock),
                AuditRoom.of(database, journal),
                BackupRoom.of(database, counter, journal, clock),
                ExchangeRoom.of(folder, database, counter, fees, journal, clock));
    }

    @Override
    public void close() {
        frontDeskRoom.close();
        database.close();
    }
}
