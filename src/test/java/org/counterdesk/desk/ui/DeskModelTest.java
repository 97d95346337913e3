package org.counterdesk.desk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.ui.Background;
import org.counterdesk.testing.ModelSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of one front desk view model, without its screen: the demo counter on a real H2 file,
 * the real services, and the FX toolkit only because the models hand work back on its thread
 * ({@link Background}, list reads). A test calls the model through {@link #fx}, then
 * reads its properties: input in, the message or state the screen would show out.
 */
public abstract class DeskModelTest extends FrontDeskTest {

    private ModelSteps steps;
    protected Background background;

    @BeforeEach
    void steps() throws TimeoutException {
        steps = new ModelSteps();
        background = steps.background();
    }

    @AfterEach
    void stopBackground() {
        steps.close();
    }

    /** Runs {@code step} on the FX thread, as the screen would, then waits for the work it started. */
    protected void fx(Runnable step) {
        steps.run(step);
    }

    /** Reads {@code value} on the FX thread, once the work under way is done. */
    protected <T> T read(Callable<T> value) {
        return steps.read(value);
    }
}
