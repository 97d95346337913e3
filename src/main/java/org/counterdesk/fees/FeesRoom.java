package org.counterdesk.fees;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The fees room wires itself: the fee catalog (schedules and their history), built once from
 * the shared parts for the rooms that price, set up or import fees.
 */
public final class FeesRoom {

    private final FeeCatalog catalog;

    public FeesRoom(Database database, Journal journal, Clock clock) {
        this.catalog = new FeeCatalog(database.jdbi(), journal, clock);
    }

    public FeeCatalog catalog() {
        return catalog;
    }
}
