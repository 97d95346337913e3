package org.counterdesk.banking;

import java.time.Clock;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.drawer.PrintParts;
import org.counterdesk.drawer.RecordParts;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.receipting.ReceiptBook;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;

/**
 * The banking room wires itself: deposits, day closures, bank adjustments, dishonours, day
 * reports and their documents, built once from the shared parts, the drawers it banks and the
 * receipt book a dishonour reverses.
 */
public record BankingRoom(Banking banking, DayClosures dayClosures, BankAdjustments adjustments, Dishonours dishonours,
                          BankingPrinting printing, DayReports dayReports) {

    /** The room built from the shared parts, the drawers it banks and the receipt book a dishonour reverses. */
    public static BankingRoom of(Database database, CounterSetup counter, StaffService staff, DrawerRoom drawers,
                                 ReceiptBook receipts, Journal journal, Clock clock, DocumentOutput output) {
        RecordParts parts = RecordParts.of(database, counter, staff, journal, clock);
        Banking banking = new Banking(parts);
        DayClosures dayClosures = new DayClosures(parts);
        Dishonours dishonours = new Dishonours(parts, receipts);
        BankingPrinting printing = new BankingPrinting(new PrintParts(counter, database.jdbi(), journal, output),
                banking, dayClosures, dishonours, drawers.reports(), receipts);
        return new BankingRoom(banking, dayClosures, new BankAdjustments(parts), dishonours, printing,
                new DayReports(database, counter, dayClosures, journal));
    }
}
