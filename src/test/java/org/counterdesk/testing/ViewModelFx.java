package org.counterdesk.testing;

import java.util.concurrent.TimeUnit;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.ListReads;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For plain view-model tests: view models hand their results back on the FX thread (background
 * work, list reads), so a test starts the toolkit, acts on that thread, and waits until every
 * piece of work it set off has been applied. No window and no robot.
 */
public final class ViewModelFx {

    private ViewModelFx() {
    }

    public static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code step} on the FX thread, then waits for what it set off (and what that set off) to be applied. */
    public static void act(Background background, Runnable step) {
        try {
            WaitForAsyncUtils.asyncFx(step).get(20, TimeUnit.SECONDS);
            for (int quiet = 0; quiet < 3; quiet++) {
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !background.busy().get() && ListReads.idle());
                WaitForAsyncUtils.waitForFxEvents();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the view model did not settle", e);
        }
    }
}
