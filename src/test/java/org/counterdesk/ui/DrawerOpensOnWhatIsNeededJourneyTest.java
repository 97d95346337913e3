package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.counterdesk.drawer.SessionState;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * F11 with a drawer open lands on closing it, not in a petty cash form; a cash form opens only
 * when asked for (F5–F8), Esc goes back, and the mode a cashier picked reads as a tab, not a button.
 */
class DrawerOpensOnWhatIsNeededJourneyTest extends DemoUiTest {

    @Test
    void anOpenDrawerOpensOnClosingItAndEscGoesBackFromTheCountWithNothingStored() {
        signInAsCashier();
        type(KeyCode.F11);
        assertFocused("#closeDrawer");
        assertThat(showing("#claimant")).as("no petty cash form until F5").isFalse();
        assertThat(text("#sessionNext")).contains("Enter closes the drawer", "F5 petty cash");
        assertThat(tabs()).noneMatch(ToggleButton::isSelected);
        Screenshots.save("drawer-open-session");

        type(KeyCode.F5);
        assertFocused("#claimant");
        ToggleButton petty = tabs().stream().filter(ToggleButton::isSelected).findFirst().orElseThrow();
        assertThat(petty.getText()).startsWith("Petty cash");
        looksLikeATab(petty);
        type(KeyCode.ESCAPE);
        assertFocused("#closeDrawer");
        assertThat(showing("#claimant")).isFalse();

        type(KeyCode.ENTER);
        assertFocused("#close-N100");
        type(KeyCode.ESCAPE);
        assertFocused("#closeDrawer");
        var session = counter.services.drawer().sessions().current(counter.signIn("1001", "1111")).orElseThrow();
        assertThat(session.state()).as("leaving the count stores nothing").isEqualTo(SessionState.OPEN);

        type(KeyCode.F2);
        type(KeyCode.F11);
        assertFocused("#closeDrawer");
    }

    @Test
    void withNoDrawerOpenTheScreenOpensOnOpeningOne() {
        signIn("2001", "2222");
        waitUntil(() -> showing("#openDrawer"));
        assertFocused("#drawer");
        assertThat(showing("#closeDrawer")).isFalse();
    }

    private java.util.List<ToggleButton> tabs() {
        return lookup(".tab-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(b -> java.util.stream.Stream.of("Petty cash", "Cash drop", "Float top-up", "No sale")
                        .anyMatch(b.getText()::startsWith))
                .toList();
    }

    /** A selected tab: no filled box around it (as a pressed button has), a bar beneath it. */
    private static void looksLikeATab(Region tab) {
        assertThat(tab.getBackground() == null || tab.getBackground().getFills().stream()
                .allMatch(f -> Color.TRANSPARENT.equals(f.getFill()))).as("no filled background").isTrue();
        var strokes = tab.getBorder().getStrokes();
        assertThat(strokes).isNotEmpty();
        var s = strokes.get(0);
        assertThat(s.getBottomStroke()).isNotEqualTo(Color.TRANSPARENT);
        assertThat(s.getWidths().getBottom()).isGreaterThanOrEqualTo(3);
        assertThat(s.getWidths().getTop()).isZero();
    }
}
