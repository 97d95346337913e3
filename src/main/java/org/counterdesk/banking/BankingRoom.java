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
public final class BankingRoom {

    private final Banking banking;
    private final DayClosures dayClosures;
    private final BankAdjustments adjustments;
    private final Dishonours dishonours;
    private final BankingPrinting printing;
    private final DayReports dayReports;

    public BankingRoom(Database database, CounterSetup counter, StaffService staff, DrawerRoom drawers,
                       ReceiptBook receipts, Journal journal, Clock clock, DocumentOutput output) {
        RecordParts parts = RecordParts.of(database, counter, staff, journal, clock);
        this.banking = new Banking(parts);
        this.dayClosures = new DayClosures(parts);
        this.adjustments = new BankAdjustments(parts);
        this.dishonours = new Dishonours(parts, receipts);
        // Printing reads the deposits, closures and dishonours through the room, whose services are all built by now.
        this.printing = new BankingPrinting(new PrintParts(counter, database.jdbi(), journal, output), this,
                drawers.reports(), receipts);
        this.dayReports = new DayReports(database, counter, dayClosures, journal);
    }

    public Banking banking() {
        return banking;
    }

    public DayClosures dayClosures() {
        return dayClosures;
    }

    public BankAdjustments adjustments() {
        return adjustments;
    }

    public Dishonours dishonours() {
        return dishonours;
    }

    public BankingPrinting printing() {
        return printing;
    }

    public DayReports dayReports() {
        return dayReports;
    }
}
