package org.counterdesk.audit;

import org.counterdesk.journal.Journal;
import org.counterdesk.store.Database;

/**
 * The audit room wires itself: the integrity check (journal chains, document numbering, closure
 * totals) that {@code verify} and a restore run, built once from the shared parts.
 */
public record AuditRoom(IntegrityCheck integrity) {

    /** The room built from the shared parts. */
    public static AuditRoom of(Database database, Journal journal) {
        return new AuditRoom(new IntegrityCheck(database.jdbi(), journal));
    }
}
