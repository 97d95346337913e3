package org.counterdesk.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.ListReads;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a view model without a window or a robot: each step runs on the FX thread, as a
 * controller would call it, and returns once the background work and list reads it started
 * have come back, so the test reads the view model's properties as the screen would show them.
 */
public final class ModelSteps implements AutoCloseable {

    private final Background background = new Background();

    public ModelSteps() throws TimeoutException {
        FxToolkit.registerPrimaryStage(); // Background and ListReads hand results back on the FX thread
    }

    /** The worker the view model under test runs its work on. */
    public Background background() {
        return background;
    }

    /** Runs {@code step} on the FX thread and waits until what it started has finished. */
    public void run(Runnable step) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, step);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !background.busy().get() && ListReads.idle());
        } catch (TimeoutException e) {
            throw new AssertionError("the view model's work was still running after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        background.close();
    }
}
