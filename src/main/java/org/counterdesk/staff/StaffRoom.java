package org.counterdesk.staff;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The staff room wires itself: sign-in, approvals and the staff list, built once from the
 * shared parts. Every other room that checks a person takes its {@link StaffService}.
 */
public record StaffRoom(StaffService staff) {

    /** The room built from the shared parts. */
    public static StaffRoom of(Database database, Journal journal, Clock clock) {
        return new StaffRoom(new StaffService(database, journal, new PinHasher(), clock));
    }
}
