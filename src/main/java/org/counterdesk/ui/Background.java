package org.counterdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work that touches the disk (posting, PDFs, sign-in hashing) off the FX thread, one job at
 * a time so that posts keep their order, and hands the result or a readable failure back on
 * the FX thread. {@link #busy()} drives progress indicators; long work (exports, backups)
 * reports its steps through {@link #track}, which drive {@link #progress()} and
 * {@link #progressText()}.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "counterdesk-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private int running;

    /** Long work that says how far it has got. */
    public interface Tracked<T> {
        T call(Steps steps) throws Exception;
    }

    /** Where long work reports its steps: {@code done} of {@code total}, and what it is doing. */
    public interface Steps {
        void step(long done, long total, String what);
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done (0 to 1) of the tracked work running now, or -1 when none reports. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What the tracked work running now is doing ("Receipt 120 of 2,000"). */
    public ReadOnlyStringProperty progressText() {
        return progressText.getReadOnlyProperty();
    }

    /** Runs {@code work}; then {@code done} with its result, or {@code failed} with the failure. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        submit(new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        }, done, failed);
    }

    /** Like {@link #run}, for long work whose steps show in {@link #progress()}. */
    public <T> void track(Tracked<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((n, total, what) -> {
                    updateProgress(n, total);
                    updateMessage(what);
                });
            }
        };
        task.progressProperty().addListener((o, was, now) -> progress.set(now.doubleValue()));
        task.messageProperty().addListener((o, was, now) -> progressText.set(now));
        submit(task, done.andThen(r -> clearProgress()), failed.andThen(r -> clearProgress()));
    }

    private void clearProgress() {
        progress.set(-1);
        progressText.set("");
    }

    private <T> void submit(Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
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
