package org.counterdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Lets H2 reuse the space of superseded chunks as soon as it is safe, so the file does not grow
 * by a whole chunk (tens of kilobytes) per receipt during a busy hour.
 *
 * <p>With {@code WRITE_DELAY=0} every commit writes a new chunk and supersedes older ones. H2
 * keeps a superseded chunk for its retention time (45 s) because the commits that superseded
 * it may still sit in the operating system's cache: after a power cut the file would fall back
 * to the older chunk. This class replaces that guess with a fact: it pins the store's oldest
 * version to keep at the last version forced to disk ({@link #sync}), and sets the retention
 * time to 0. A chunk is then freed only once the commit that superseded it is on the disk itself,
 * so a power cut can never need it, and it is freed right then, not 45 s later.
 *
 * <p>Only the process that owns the file (the app) does this; the setting is not persisted.
 */
final class ChunkReuse {

    /** What forces the store's committed state to the disk (the store's own sync). */
    @FunctionalInterface
    interface Sync {
        void run();
    }

    private static final int RETENTION_DEFAULT_MS = 45_000;

    private final MVStore store;
    private MVStore.TxCounter pinned;

    private ChunkReuse(MVStore store) {
        this.store = store;
    }

    /** Attaches to the store behind {@code owner}, a connection to the file itself (not a server). */
    static ChunkReuse attach(Connection owner) throws SQLException {
        SessionLocal session = (SessionLocal) owner.unwrap(JdbcConnection.class).getSession();
        MVStore store = session.getDatabase().getStore().getMvStore();
        ChunkReuse reuse = new ChunkReuse(store);
        synchronized (reuse) {
            // Nothing superseded from here on is freed before the first sync moves the pin.
            reuse.pinned = store.registerVersionUsage();
        }
        store.setRetentionTime(0);
        return reuse;
    }

    /**
     * Runs {@code sync}, then moves the pin up to the version that was current before it ran:
     * every version below that one was written before the sync began, so it is on the disk now,
     * and chunks it superseded may be overwritten. If the sync fails, the pin stays where it was.
     */
    void sync(Sync sync) {
        MVStore.TxCounter next;
        synchronized (this) {
            next = store.registerVersionUsage();
        }
        boolean done = false;
        try {
            sync.run();
            done = true;
        } finally {
            synchronized (this) {
                MVStore.TxCounter release = done ? pinned : next;
                if (done) {
                    pinned = next;
                }
                store.deregisterVersionUsage(release);
            }
        }
    }

    /**
     * Before the database closes: back to H2's own retention time, then the pin is let go, so the
     * close never overwrites a chunk it has not synced past.
     */
    synchronized void release() {
        store.setRetentionTime(RETENTION_DEFAULT_MS);
        store.deregisterVersionUsage(pinned);
    }

    /** The MVStore, for the background compaction. */
    MVStore store() {
        return store;
    }
}
