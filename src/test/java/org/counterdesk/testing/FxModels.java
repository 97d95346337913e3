package org.counterdesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.ListReads;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For plain view-model tests: no window and no robot, only the FX thread a view model's
 * background work answers on, and a wait until that work and its list reads are applied.
 */
public final class FxModels {

    private FxModels() {
    }

    /** Starts the FX toolkit (once per JVM, shared with the UI tests). */
    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code step} on the FX thread, as a key or click would, and waits for it. */
    public static void run(Runnable step) {
        get(() -> {
            step.run();
            return null;
        });
    }

    /** What {@code read} gives on the FX thread. */
    public static <T> T get(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    /** Waits until {@code background} has nothing running and every list read has been applied. */
    public static void settle(Background background) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> get(() -> !background.busy().get() && ListReads.idle()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work or a list read was still under way after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
