package org.counterdesk.fees;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The fees room wires itself: the fee catalog (schedules and their history), built once from
 * the shared parts for the rooms that price, set up or import fees.
 */
public record FeesRoom(FeeCatalog catalog) {

    /** The room built from the shared parts. */
    public static FeesRoom of(Database database, Journal journal, Clock clock) {
        return new FeesRoom(new FeeCatalog(database.jdbi(), journal, clock));
    }
}
