package org.counterdesk.backup;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.store.Database;

/**
 * The backup room wires itself: online backups and the journal line a restore leaves, built
 * once from the shared parts. (A restore itself runs before any room exists: {@link Restore}.)
 */
public final class BackupRoom {

    private final Backups backups;

    public BackupRoom(Database database, CounterSetup counter, Journal journal, Clock clock) {
        this.backups = new Backups(database, counter, journal, clock);
    }

    public Backups backups() {
        return backups;
    }
}
