package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.CutText;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Fit;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 150% text on a 1366×768 screen, the sign-in screen, every screen each role has (cashier, supervisor,
 * administrator), every tab inside a screen and the void form show their text whole: no label,
 * button, column heading or cell cut to "…", no hint wider than its field. A screen taller than
 * the window scrolls; that is allowed, a cut label is not. Each view is saved as a PNG.
 */
class LargeTextJourneyTest extends DemoUiTest {

    private final List<String> cut = new ArrayList<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        new DisplayChoice(TextScale.LARGEST, Theme.STANDARD).write(c.folder.root());
        Days.somethingOnEveryList(c);
    }

    @Test
    void everyScreenOfEveryRoleShowsItsTextWholeAt150PercentOn1366By768() {
        Fit.resize(this, 1366, 768);
        waitUntil(() -> showing("#staffNumber"));
        look("sign-in", "#staffNumber");
        for (String[] person : new String[][] {{"1001", "1111", "cashier"}, {"2001", "2222", "supervisor"},
                {"9001", "9999", "administrator"}}) {
            signIn(person[0], person[1]);
            waitUntil(() -> showing("#nav"));
            everyScreen(person[2]);
            if ("cashier".equals(person[2])) {
                theVoidForm();
            }
            clickOn("#signOutButton");
        }
        assertThat(cut).as("text cut at 150%").isEmpty();
    }

    /** Each screen in the navigation not yet seen by another role, and each tab inside it. */
    private void everyScreen(String role) {
        for (ToggleButton screen : lookup("#nav .toggle-button").queryAllAs(ToggleButton.class)) {
            if (!seen.add(screen.getText())) {
                continue;
            }
            interact(screen::fire);
            WaitForAsyncUtils.waitForFxEvents();
            String name = role + "-" + screen.getText().replaceAll("\\W+", "-").replaceAll("-+$", "");
            look(name);
            List<ToggleButton> tabs = lookup(".tab-toggle").match(n -> n.getScene() != null && shownNow(n))
                    .queryAllAs(ToggleButton.class).stream().toList();
            for (ToggleButton tab : tabs) {
                interact(tab::fire);
                WaitForAsyncUtils.waitForFxEvents();
                look(name + "-" + tab.getText().replaceAll("\\W+", "-"));
            }
        }
    }

    private void theVoidForm() {
        type(KeyCode.F3);
        assertFocused("#search");
        enter("000001");
        type(KeyCode.F6);
        assertFocused("#reason");
        look("cashier-void");
    }

    private static boolean shownNow(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void look(String name) {
        look(name, "#nav");
    }

    private void look(String name, String anyNodeOnScreen) {
        Screenshots.save("text150-" + name);
        for (String c : CutText.in(visible(anyNodeOnScreen).getScene())) {
            cut.add(name + ": " + c);
        }
    }
}
