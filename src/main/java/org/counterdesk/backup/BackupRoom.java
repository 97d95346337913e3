package org.counterdesk.backup;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.store.Database;

/**
 * The backup room wires itself: online backups and the journal line a restore leaves, built
 * once from the shared parts. (A restore itself runs before any room exists: {@link Restore}.)
 */
public record BackupRoom(Backups backups) {

    /** The room built from the shared parts. */
    public static BackupRoom of(Database database, CounterSetup counter, Journal journal, Clock clock) {
        return new BackupRoom(new Backups(database, counter, journal, clock));
    }
}
