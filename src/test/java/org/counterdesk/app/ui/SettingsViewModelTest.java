package org.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.counterdesk.testing.ModelSteps;
import org.counterdesk.ui.Display;
import org.counterdesk.ui.DisplayChoice;
import org.counterdesk.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings screen's display card: text size and contrast, said on the card and kept for the next start. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private final AtomicReference<Display> display = new AtomicReference<>();
    private final AtomicReference<SettingsViewModel> model = new AtomicReference<>();

    private void open(ModelSteps steps) {
        steps.run(() -> {
            display.set(new Display(new Scene(new StackPane()), dir));
            model.set(new SettingsViewModel(display.get()));
        });
    }

    /** What a window opened next on the same data folder starts with. */
    private DisplayChoice nextStart(ModelSteps steps) {
        AtomicReference<DisplayChoice> next = new AtomicReference<>();
        steps.run(() -> next.set(new Display(new Scene(new StackPane()), dir).choice().get()));
        return next.get();
    }

    @Test
    void largerAndSmallerStepTheTextByTenPercentWithinItsLimits() throws Exception {
        try (ModelSteps steps = new ModelSteps()) {
            open(steps);
            assertThat(model.get().textSize().get()).isEqualTo("Text 100%");
            steps.run(() -> model.get().bigger());
            steps.run(() -> model.get().bigger());
            assertThat(model.get().textSize().get()).isEqualTo("Text 120%");
            assertThat(nextStart(steps)).isEqualTo(new DisplayChoice(120, Theme.STANDARD));

            for (int i = 0; i < 4; i++) {
                steps.run(() -> model.get().smaller());
            }
            assertThat(model.get().textSize().get()).isEqualTo("Text 100%");
        }
    }

    @Test
    void highContrastIsKeptAndTheCardFollowsTheKeysToo() throws Exception {
        try (ModelSteps steps = new ModelSteps()) {
            open(steps);
            steps.run(() -> model.get().highContrast(true));
            assertThat(model.get().highContrast().get()).isTrue();
            assertThat(nextStart(steps).theme()).isEqualTo(Theme.HIGH_CONTRAST);

            steps.run(() -> display.get().theme(Theme.STANDARD)); // as Ctrl+Shift+H does anywhere in the window
            assertThat(model.get().highContrast().get()).isFalse();
        }
    }
}
