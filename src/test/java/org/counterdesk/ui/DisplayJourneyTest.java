package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.counterdesk.testing.Clipped;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Fit;
import org.counterdesk.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * Text grows with Ctrl+plus to 150% and back with Ctrl+minus and Ctrl+0, Ctrl+Shift+H switches
 * to high contrast, both are remembered for the next start, and at 150% on the smallest window
 * the counter supports the drawer and banking screens cut no text (they scroll instead).
 */
class DisplayJourneyTest extends DemoUiTest {

    private double fontOf(String query) {
        return ((Labeled) visible(query)).getFont().getSize();
    }

    @Test
    void textScalesFromTheKeyboardAndIsRemembered() {
        signInAsCashier();
        type(KeyCode.F11);
        assertFocused("#closeDrawer");
        double normal = fontOf("#closeDrawer");
        for (int i = 0; i < 7; i++) {
            push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        waitUntil(() -> fontOf("#closeDrawer") >= normal * 1.45);
        assertThat(fontOf("#closeDrawer")).isCloseTo(normal * 1.5, org.assertj.core.data.Offset.offset(0.6));
        assertFocused("#closeDrawer");
        push(KeyCode.CONTROL, KeyCode.MINUS);
        waitUntil(() -> Math.abs(fontOf("#closeDrawer") - normal * 1.4) < 0.6);
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> Math.abs(fontOf("#closeDrawer") - normal) < 0.1);
        for (int i = 0; i < 5; i++) {
            push(KeyCode.CONTROL, KeyCode.ADD);
        }
        waitUntil(() -> fontOf("#closeDrawer") >= normal * 1.45);
        assertThat(DisplayChoice.read(counter.folder.root())).isEqualTo(new DisplayChoice(150, Theme.STANDARD));
    }

    @Test
    void highContrastIsChosenFromTheKeyboardAndRememberedForTheNextStart() {
        signInAsCashier();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> black(visible("#nav").getScene().getRoot()));
        type(KeyCode.F11);
        assertFocused("#closeDrawer");
        Screenshots.save("high-contrast-drawer");
        assertThat(DisplayChoice.read(counter.folder.root())).isEqualTo(new DisplayChoice(100, Theme.HIGH_CONTRAST));
        interact(() -> {
            Scene next = new Scene(new StackPane());
            new Display(next, counter.folder.root());
            assertThat(next.getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        });
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !black(visible("#nav").getScene().getRoot()));
    }

    @Test
    void atOneHundredFiftyPercentOn1280By720TheDrawerAndBankingScreensCutNoText() {
        Fit.resize(this, 1280, 720);
        signIn("2001", "2222");
        waitUntil(() -> showing("#openDrawer"));
        for (int i = 0; i < 5; i++) {
            push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        waitUntil(() -> DisplayChoice.read(counter.folder.root()).textPercent() == 150);
        Parent screen = (Parent) visible("#openDrawer").getScene().getRoot();
        Screenshots.save("text150-drawer-open");
        assertThat(Clipped.labels(screen)).isEmpty();
        interact(() -> visible("#openDrawer").requestFocus());
        Fit.assertWhole(visible("#openDrawer"));

        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        Screenshots.save("text150-banking");
        assertThat(Clipped.labels(screen)).isEmpty();
        interact(() -> visible("#bankIt").requestFocus());
        Fit.assertWhole(visible("#bankIt"));
    }

    private static boolean black(Parent root) {
        Region r = (Region) root;
        return r.getBackground() != null && r.getBackground().getFills().stream().anyMatch(f -> Color.BLACK.equals(f.getFill()));
    }
}
