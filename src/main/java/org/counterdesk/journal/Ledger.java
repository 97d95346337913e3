package org.counterdesk.journal;

import org.counterdesk.common.UserFacing;
import org.counterdesk.seal.SealSpec;
import org.counterdesk.store.Database;
import org.counterdesk.store.StorageException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The one write path for financial records: a transaction that holds the record's rows and the
 * journal entry that seals them, committed together, then forced to disk, with any database
 * failure worded once for the person at the counter. A refusal (any {@link UserFacing}
 * exception thrown by the work) passes through unchanged: nothing was written. A record is sealed
 * only inside a {@link #write}: sealing on a transaction opened elsewhere is a fault in the
 * program and is refused, so no sealed record can skip the sync or the wording.
 */
public final class Ledger {

    /** Whether a commit must also survive a power cut before the caller goes on. */
    public enum Sync { FORCE_TO_DISK, COMMIT_ONLY }

    /** The caller's inserts: they run inside the transaction and return what the caller needs. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Handle h);
    }

    /** Marks a handle as opened by {@link #write}; a handle's attributes live and die with it. */
    private static final String IN_WRITE = "org.counterdesk.journal.Ledger.write";

    private final Database database;
    private final Journal journal;

    public Ledger(Database database, Journal journal) {
        this.database = database;
        this.journal = journal;
    }

    /**
     * Runs {@code work} in one transaction and forces the commit to disk. {@code doing} says what
     * failed, for the message ("post the receipt; nothing was saved and no number was used").
     */
    public <T> T write(String doing, Work<T> work) {
        return write(doing, Sync.FORCE_TO_DISK, work);
    }

    public <T> T write(String doing, Sync sync, Work<T> work) {
        T result;
        try {
            result = database.jdbi().inTransaction(h -> work.run(h.define(IN_WRITE, Boolean.TRUE)));
        } catch (RuntimeException e) {
            if (e instanceof UserFacing) {
                throw e;
            }
            throw StorageException.of(e, doing);
        }
        if (sync == Sync.FORCE_TO_DISK) {
            database.forceToDisk();
        }
        return result;
    }

    /**
     * Within {@link #write}: appends {@code event} as the entry that seals record {@code key} of
     * {@code spec}, whose rows the work has written. Call it after the record's last row.
     */
    public JournalEntry seal(Handle h, SealSpec spec, long key, JournalEvent event) {
        if (!Boolean.TRUE.equals(h.getConfig(SqlStatements.class).getAttribute(IN_WRITE))) {
            throw new IllegalStateException("a " + spec.kind() + " record is sealed only inside Ledger.write");
        }
        return journal.seal(h, spec, key, event);
    }

    /** Within {@link #write}: an entry that seals nothing (a reprint, a failed sign-in). */
    public JournalEntry append(Handle h, JournalEvent event) {
        return journal.append(h, event);
    }

    public Journal journal() {
        return journal;
    }
}
