package org.counterdesk.desk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.ListReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A test of one front desk view model, without its screen: the demo counter on a real H2 file,
 * the real services, and the FX toolkit only because the models hand work back on its thread
 * ({@link Background}, {@link ListReads}). A test calls the model through {@link #fx}, then
 * reads its properties: input in, the message or state the screen would show out.
 */
public abstract class DeskModelTest extends FrontDeskTest {

    /** How long a step may take on a busy machine before the test gives up on it (not a speed check). */
    private static final int PATIENCE_SECONDS = 60;

    protected final Background background = new Background();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopBackground() {
        background.close();
    }

    /** Runs {@code step} on the FX thread, as the screen would, then waits for the work it started. */
    protected void fx(Runnable step) {
        WaitForAsyncUtils.waitForAsyncFx(PATIENCE_SECONDS * 1000L, step);
        settle();
    }

    /** Reads {@code value} on the FX thread, once the work under way is done. */
    protected <T> T read(Callable<T> value) {
        settle();
        return WaitForAsyncUtils.waitForAsyncFx(PATIENCE_SECONDS * 1000L, value);
    }

    /** Waits until the background job and every list read have come back and been applied. */
    protected void settle() {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(
                    PATIENCE_SECONDS * 1000L, () -> !background.busy().get() && ListReads.idle()));
        } catch (TimeoutException e) {
            throw new AssertionError("the view model's work was still under way after " + PATIENCE_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
