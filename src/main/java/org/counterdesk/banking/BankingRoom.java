package org.counterdesk.banking;

import java.time.Clock;
import org.counterdesk.drawer.DrawerRoom;
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
        this.banking = new Banking(database, counter, staff, journal, clock);
        this.dayClosures = new DayClosures(database, counter, journal, clock);
        this.adjustments = new BankAdjustments(database, journal, clock);
        this.dishonours = new Dishonours(database, counter, receipts, journal, clock);
        this.printing = new BankingPrinting(counter, banking, dayClosures, dishonours, drawers.reports(), receipts,
                database.jdbi(), output, journal);
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
