package org.counterdesk.drawer;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * The drawer room wires itself: its services built once from the shared parts (database,
 * counter, staff, journal, clock, document output), so its whole wiring is read here.
 */
public record DrawerRoom(DrawerSessions sessions, SessionOpening opening, CashMovements movements,
                         SessionClosing closing, SessionReports reports, DrawerAdmin admin, DrawerPrinting printing) {

    /** The room built from the shared parts. */
    public static DrawerRoom of(Database database, CounterSetup counter, StaffService staff, Journal journal, Clock clock,
                                DocumentOutput output) {
        Jdbi jdbi = database.jdbi();
        RecordParts parts = RecordParts.of(database, counter, staff, journal, clock);
        SessionReports reports = new SessionReports(jdbi);
        return new DrawerRoom(new DrawerSessions(jdbi), new SessionOpening(parts), new CashMovements(parts),
                new SessionClosing(parts), reports, new DrawerAdmin(jdbi, journal),
                new DrawerPrinting(new PrintParts(counter, jdbi, journal, output), reports));
    }
}
