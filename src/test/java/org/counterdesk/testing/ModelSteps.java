package org.counterdesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.ListReads;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a view model without a window or a robot: each step runs on the FX thread, as a
 * controller would call it, and returns once the background work and list reads it started
 * have come back and been applied, so the test reads the view model's properties as the
 * screen would show them. The toolkit starts only because view models hand results back on
 * its thread.
 */
public final class ModelSteps implements AutoCloseable {

    /** How long a step may take on a busy machine before the test gives up on it (not a speed check). */
    private static final int PATIENCE_SECONDS = 60;

    private final Background background = new Background();

    public ModelSteps() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** The worker the view model under test runs its work on. */
    public Background background() {
        return background;
    }

    /** Runs {@code step} on the FX thread and waits until what it set off (and what that set off) has finished. */
    public void run(Runnable step) {
        WaitForAsyncUtils.waitForAsyncFx(PATIENCE_SECONDS * 1000L, step);
        settle();
    }

    /** Reads {@code value} on the FX thread, once the work under way is done. */
    public <T> T read(Callable<T> value) {
        settle();
        return WaitForAsyncUtils.waitForAsyncFx(PATIENCE_SECONDS * 1000L, value);
    }

    /** Waits until the background job and every list read have come back and been applied. */
    public void settle() {
        try {
            for (int quiet = 0; quiet < 2; quiet++) { // a result applied may start the next read
                WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(
                        PATIENCE_SECONDS * 1000L, () -> !background.busy().get() && ListReads.idle()));
                WaitForAsyncUtils.waitForFxEvents();
            }
        } catch (TimeoutException e) {
            throw new AssertionError("the view model's work was still under way after " + PATIENCE_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        background.close();
    }
}
