package org.counterdesk.audit;

import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The audit room wires itself: the integrity check (journal chains, document numbering, closure
 * totals) that {@code verify} and a restore run, built once from the shared parts.
 */
public final class AuditRoom {

    private final IntegrityCheck integrity;

    public AuditRoom(Database database, Journal journal) {
        this.integrity = new IntegrityCheck(database.jdbi(), journal);
    }

    public IntegrityCheck integrity() {
        return integrity;
    }
}
