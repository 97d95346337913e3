package org.counterdesk.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the H2 file near its live size during the day, not only at the close. Each commit leaves
 * the chunks it superseded mostly empty but not quite (a full index page stays live in each), so
 * {@link ChunkReuse} alone cannot free them. Twice a second, when the chunks are less than half
 * full, this rewrites the live pages of the emptiest ones into a new chunk (H2's own online
 * compaction, which its background writer would run if commits were delayed) and then forces
 * the store to disk, so the emptied chunks become reusable at once and the file stops growing.
 * It runs on one daemon thread and never holds the store for long (a bounded amount per round).
 */
final class ChunkCompactor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkCompactor.class);
    private static final int TARGET_FILL_PERCENT = 50;
    private static final int REWRITE_BYTES = 256 * 1024;
    private static final long PERIOD_MS = 500;

    private final MVStore store;
    private final Runnable forceToDisk;
    private long versionAtLastRound = -1;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "counterdesk-chunk-compactor");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** Starts compacting {@code store}; {@code forceToDisk} is the database's forced sync. */
    ChunkCompactor(MVStore store, Runnable forceToDisk) {
        this.store = store;
        this.forceToDisk = forceToDisk;
        thread.scheduleWithFixedDelay(this::round, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            if (store.isClosed() || store.getFileStore().getChunksFillRate() >= TARGET_FILL_PERCENT) {
                return;
            }
            // While posts keep coming, their own syncs free what this rewrote; a sync of its own
            // (which would queue behind theirs on the disk) only when the counter is idle.
            boolean idle = store.getCurrentVersion() == versionAtLastRound;
            if (store.compact(TARGET_FILL_PERCENT, REWRITE_BYTES) && idle) {
                forceToDisk.run();
            }
            versionAtLastRound = store.getCurrentVersion();
        } catch (RuntimeException e) {
            // A failed round changes nothing on disk that a later round or the close cannot redo.
            LOG.debug("Background compaction round skipped", e);
        }
    }

    /** Stops the thread, waiting for a round in progress, before the database closes. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
