package org.counterdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs work that touches the disk (posting, PDFs, sign-in hashing) off the FX thread, one job at
 * a time so that posts keep their order, and hands the result or a readable failure back on
 * the FX thread. {@link #busy()} drives progress indicators.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "counterdesk-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Runs {@code work}; then {@code done} with its result, or {@code failed} with the failure. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running++;
        busy.set(true);
        task.setOnSucceeded(e -> {
            finished();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            failed.accept(task.getException());
        });
        executor.execute(task);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
