package org.counterdesk.setup;

import java.time.Clock;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;

/**
 * The setup room wires itself: the first run (demo data or the organisation's own), built once
 * from the shared parts and the staff and fees it fills in.
 */
public record SetupRoom(FirstRun firstRun) {

    /** The room built from the shared parts. */
    public static SetupRoom of(Database database, CounterSetup counter, StaffService staff, FeeCatalog fees,
                              Journal journal, Clock clock) {
        return new SetupRoom(new FirstRun(database, counter, staff, fees, journal, clock));
    }
}
