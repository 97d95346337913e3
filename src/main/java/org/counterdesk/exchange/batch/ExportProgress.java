package org.counterdesk.exchange.batch;

/** Told how far an export has got, so a screen can show a progress bar. May be called from any thread. */
@FunctionalInterface
public interface ExportProgress {

    /** Nothing to show (the command line, the tests). */
    ExportProgress NONE = (done, total, what) -> { };

    /** {@code done} of {@code total} steps finished; {@code what} says what is being done now. */
    void step(long done, long total, String what);
}
