package org.counterdesk.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of one counter screen's view model, without its screen: the demo counter on a real H2
 * file in a temp folder with the real services, and {@link ModelSteps} to run the model's steps
 * as the screen would. Made before each test, closed after it.
 */
public abstract class CounterModelTest {

    @TempDir
    protected Path dir;
    protected TestCounter counter;
    protected ModelSteps steps;

    @BeforeEach
    void demoCounterAndSteps() throws Exception {
        counter = TestCounter.demo(dir);
        steps = new ModelSteps();
    }

    @AfterEach
    void closeStepsAndCounter() {
        steps.close();
        counter.close();
    }
}
