package org.counterdesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.counterdesk.common.UserFacing;
import org.counterdesk.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one list of a screen off the FX thread, so a slow or dead database (a site server
 * across the network) never freezes the window, and applies what was read on the FX thread.
 * When the list is read again before an earlier read came back, the earlier result is dropped.
 * A failed read is logged and said in plain words in the form's general message, where the
 * screen already shows what went wrong; the next good read takes that message away.
 * <p>
 * Reads share two daemon threads apart from {@link Background}, so a list never waits
 * behind a post or an export.
 */
public final class ListReads {

    private static final Logger LOG = LoggerFactory.getLogger(ListReads.class);
    private static final ExecutorService READERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "counterdesk-reader");
        t.setDaemon(true);
        return t;
    });
    /** Reads started and not yet applied, in every screen: tests wait for none before they look. */
    private static final AtomicInteger PENDING = new AtomicInteger();
    /** What waits for every read to be applied (FX thread only). */
    private static final List<Runnable> AFTER_READS = new ArrayList<>();

    private final String what;
    private final FormErrors shownIn;
    private final AtomicLong latest = new AtomicLong();
    private String lastShown;

    /**
     * {@code what} names the list in a sentence ("today's visitors"); failures go to
     * {@code shownIn}'s general message.
     */
    public ListReads(String what, FormErrors shownIn) {
        this.what = what;
        this.shownIn = shownIn;
    }

    /** Runs {@code read} in the background, then {@code apply} with its result on the FX thread, if still the latest. */
    public <T> void read(Supplier<T> read, Consumer<T> apply) {
        long mine = latest.incrementAndGet();
        PENDING.incrementAndGet();
        try {
            READERS.execute(() -> {
                Runnable then;
                try {
                    T value = read.get();
                    then = () -> applied(apply, value);
                } catch (RuntimeException | Error e) { // an Error too: the screen must not wait for ever
                    then = () -> failed(e);
                }
                Runnable now = then;
                try {
                    Platform.runLater(() -> finish(mine, now));
                } catch (IllegalStateException toolkitGone) {
                    PENDING.decrementAndGet(); // the window has closed: nobody is left to show it to
                }
            });
        } catch (RejectedExecutionException e) {
            PENDING.decrementAndGet();
            throw e;
        }
    }

    private void finish(long mine, Runnable then) {
        try {
            if (mine == latest.get()) {
                then.run();
            }
        } finally {
            if (PENDING.decrementAndGet() == 0) {
                List<Runnable> waiting = new ArrayList<>(AFTER_READS);
                AFTER_READS.clear();
                waiting.forEach(Runnable::run);
            }
        }
    }

    /**
     * Runs {@code step} on the FX thread once every read under way has been applied (at once
     * when none is): a screen puts the cursor where its lists, as read, call for.
     */
    public static void afterReads(Runnable step) {
        if (PENDING.get() == 0) {
            step.run();
        } else {
            AFTER_READS.add(step);
        }
    }

    private <T> void applied(Consumer<T> apply, T value) {
        if (lastShown != null && lastShown.equals(shownIn.general().get())) {
            shownIn.setGeneral("");
        }
        lastShown = null;
        apply.accept(value);
    }

    private void failed(Throwable e) {
        lastShown = message(what, e);
        shownIn.setGeneral(lastShown);
    }

    /**
     * The sentence for a read of {@code what} that failed: the store's own words when it has
     * them, else why the database failed, and how to try again. The failure goes to the log.
     */
    static String message(String what, Throwable failure) {
        if (failure instanceof UserFacing) {
            LOG.warn("Could not read {}: {}", what, failure.getMessage(), failure);
            return failure.getMessage();
        }
        if (!StorageException.fromDatabase(failure)) {
            LOG.error("Could not read {}", what, failure);
            return "Could not read " + what + ": something went wrong (the details are in the log). "
                    + "To try again, open this screen again; if it keeps happening, tell your supervisor.";
        }
        String said = StorageException.of(failure, "read " + what).getMessage();
        return StorageException.stopped(failure) ? said : said + " To try again, open this screen again.";
    }

    /** True when no read of any screen is under way or waiting to be applied. */
    public static boolean idle() {
        return PENDING.get() == 0;
    }
}
