package org.counterdesk.store;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the H2 file near its live size during the day, not only at the close. Each commit leaves
 * the chunks it superseded mostly empty but not quite (a full index page stays live in each), so
 * {@link ChunkReuse} alone cannot free them. When the chunks are less than half full, this
 * rewrites the live pages of the emptiest ones into the next chunk (H2's own online compaction,
 * which its background writer would run if commits were delayed); once that chunk is forced to
 * disk the emptied chunks are reused, and the file stops growing.
 *
 * <p>A round runs after every forced sync ({@link #committed()}), so compaction keeps pace with a
 * burst of posts however fast they come (a round every half second let a burst of 500 posts a
 * second strand 10 to 18 KB per receipt before it caught up), and twice a second otherwise. It
 * runs on a daemon thread of its own, never on the poster's, and rewrites a bounded amount per
 * round so it never holds the store for long.
 */
final class ChunkCompactor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkCompactor.class);
    private static final int TARGET_FILL_PERCENT = 50;
    /**
     * Rewritten per commit since the last round, up to {@link #MOST_REWRITE_BYTES}. The rewritten
     * pages go into the next post's chunk, which needs a free gap of its size: a quarter of a
     * megabyte at once rarely found one and went to the end of the file, so a round that follows
     * one post rewrites a little, and a round that follows many (the thread got no core for a
     * while) catches up with more.
     */
    private static final int REWRITE_BYTES_PER_COMMIT = 64 * 1024;
    private static final int MOST_REWRITE_BYTES = 256 * 1024;
    private static final long IDLE_PERIOD_MS = 500;

    private final MVStore store;
    private final Runnable forceToDisk;
    private final Semaphore wake = new Semaphore(0);
    private final AtomicInteger commits = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopped;
    private long versionAtLastRound = -1;

    /** Starts compacting {@code store}; {@code forceToDisk} is the database's forced sync. */
    ChunkCompactor(MVStore store, Runnable forceToDisk) {
        this.store = store;
        this.forceToDisk = forceToDisk;
        this.thread = new Thread(this::loop, "counterdesk-chunk-compactor");
        thread.setDaemon(true);
        thread.start();
    }

    /** A commit was forced to disk: chunks it superseded are reusable, and a round may follow. */
    void committed() {
        commits.incrementAndGet();
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void loop() {
        try {
            while (!stopped) {
                boolean woken = wake.tryAcquire(IDLE_PERIOD_MS, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (!stopped) {
                    round(!woken);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void round(boolean quiet) {
        try {
            int commitsSince = Math.max(1, commits.getAndSet(0));
            if (store.isClosed() || store.getFileStore().getChunksFillRate() >= TARGET_FILL_PERCENT) {
                return;
            }
            // While posts keep coming, their own syncs free what this rewrote; a sync of its own
            // (which would queue behind theirs on the disk) only when the counter is idle.
            boolean idle = quiet && store.getCurrentVersion() == versionAtLastRound;
            int budget = (int) Math.min(MOST_REWRITE_BYTES, (long) commitsSince * REWRITE_BYTES_PER_COMMIT);
            if (store.compact(TARGET_FILL_PERCENT, budget) && idle) {
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
        stopped = true;
        wake.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
