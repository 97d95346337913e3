package org.counterdesk.staff;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The staff room wires itself: sign-in, approvals and the staff list, built once from the
 * shared parts. Every other room that checks a person takes its {@link StaffService}.
 */
public final class StaffRoom {

    private final StaffService staff;

    public StaffRoom(Database database, Journal journal, Clock clock) {
        this.staff = new StaffService(database, journal, new PinHasher(), clock);
    }

    public StaffService staff() {
        return staff;
    }
}
