package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import org.counterdesk.testing.Accessible;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader can name every control the keyboard reaches: the sign-in screen, then every
 * screen a supervisor and an administrator have, each shown in turn (hidden panels included).
 */
class AccessibleNamesJourneyTest extends DemoUiTest {

    @Test
    void everyFocusableControlOnEveryScreenHasANameAndARole() {
        Set<String> problems = new LinkedHashSet<>();
        waitUntil(() -> showing("#staffNumber"));
        problems.addAll(unnamedOnScreen());
        for (String[] person : new String[][] {{"2001", "2222"}, {"9001", "9999"}, {"1001", "1111"}}) {
            signIn(person[0], person[1]);
            waitUntil(() -> showing("#nav"));
            var tabs = lookup("#nav .toggle-button").queryAllAs(ToggleButton.class);
            for (ToggleButton tab : tabs) {
                interact(tab::fire);
                WaitForAsyncUtils.waitForFxEvents();
                problems.addAll(unnamedOnScreen());
            }
            clickOn("#signOutButton");
        }
        assertThat(problems).isEmpty();
    }

    private Set<String> unnamedOnScreen() {
        Set<String> found = new LinkedHashSet<>();
        interact(() -> found.addAll(Accessible.unnamed((Parent) lookup(".root").query().getScene().getRoot())));
        return found;
    }
}
