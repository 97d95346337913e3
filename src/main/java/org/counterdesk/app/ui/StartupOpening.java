package org.counterdesk.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.counterdesk.app.AppServices;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.InstanceLock;

/**
 * Opens the data folder (instance lock, database, services) on a thread of its own while
 * JavaFX starts its toolkit: a JFR profile of the start (issue 14) shows the two taking about
 * as long as each other, and neither needs the other until the first screen is built. This
 * thread is also the first to log, so the logging set-up is off the toolkit's path too.
 */
final class StartupOpening {

    /** What the app needs from the opening: the lock it holds while it runs, and the services. */
    record Opened(InstanceLock lock, AppServices services) {
    }

    private final DataFolder folder;
    private final CompletableFuture<Opened> result = new CompletableFuture<>();

    private StartupOpening(DataFolder folder) {
        this.folder = folder;
    }

    /** Starts opening {@code folder} in the background. */
    static StartupOpening begin(DataFolder folder) {
        StartupOpening opening = new StartupOpening(folder);
        Thread t = new Thread(opening::run, "counterdesk-open");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    DataFolder folder() {
        return folder;
    }

    /**
     * Waits for the opening and returns what it opened, or throws what stopped it (an
     * {@link InstanceLock.AlreadyRunningException}, an {@link IOException}, a
     * {@link org.counterdesk.store.StorageException}).
     */
    Opened await() throws IOException {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void run() {
        try {
            result.complete(open());
        } catch (IOException e) {
            result.completeExceptionally(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private Opened open() throws IOException {
        folder.create();
        InstanceLock lock = InstanceLock.acquire(folder.root());
        try {
            AppServices services = AppServices.of(folder, DatabaseConfig.of(folder).open(), Clock.systemDefaultZone());
            // The first screen asks these first; asked here, the first queries' set-up is off the toolkit's thread.
            if (!services.setupRoom().firstRun().needed()) {
                services.counter().organisation();
            }
            return new Opened(lock, services);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }
}
