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
public final class DrawerRoom {

    private final DrawerSessions sessions;
    private final SessionOpening opening;
    private final CashMovements movements;
    private final SessionClosing closing;
    private final SessionReports reports;
    private final DrawerAdmin admin;
    private final DrawerPrinting printing;

    public DrawerRoom(Database database, CounterSetup counter, StaffService staff, Journal journal, Clock clock,
                      DocumentOutput output) {
        Jdbi jdbi = database.jdbi();
        this.sessions = new DrawerSessions(jdbi);
        RecordParts parts = RecordParts.of(database, counter, staff, journal, clock);
        this.opening = new SessionOpening(parts);
        this.movements = new CashMovements(parts);
        this.closing = new SessionClosing(parts);
        this.reports = new SessionReports(jdbi);
        this.admin = new DrawerAdmin(jdbi, journal);
        this.printing = new DrawerPrinting(new PrintParts(counter, jdbi, journal, output), reports);
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

    public SessionReports reports() {
        return reports;
    }

    public DrawerAdmin admin() {
        return admin;
    }

    public DrawerPrinting printing() {
        return printing;
    }
}
