package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Long work reports its steps to the progress bar while it runs, and the bar clears when it ends. */
class BackgroundTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void trackedWorkShowsItsStepsWhileItRunsAndClearsThem() throws Exception {
        try (Background background = new Background()) {
            CountDownLatch halfway = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            AtomicReference<String> result = new AtomicReference<>();
            WaitForAsyncUtils.asyncFx(() -> background.track(steps -> {
                steps.step(1, 4, "Receipt 1 of 4");
                halfway.countDown();
                finish.await(10, TimeUnit.SECONDS);
                steps.step(4, 4, "Writing the batch");
                return "exported";
            }, result::set, e -> result.set("failed: " + e)));

            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(background.busy().get()).isTrue();
            assertThat(background.progress().get()).isEqualTo(0.25);
            assertThat(background.progressText().get()).isEqualTo("Receipt 1 of 4");

            finish.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(result.get()).isEqualTo("exported");
            assertThat(background.busy().get()).isFalse();
            assertThat(background.progress().get()).isEqualTo(-1);
            assertThat(background.progressText().get()).isEmpty();
        }
    }
}
