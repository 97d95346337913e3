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
 * A screen reader can name every control the keyboard reaches, and every input has a label the
 * eye can see: the sign-in screen, then every screen a supervisor, an administrator and a
 * cashier have, each shown in turn (hidden panels included).
 * <p>
 * The rule for a visible label: every text field, password field, text area, combo box, choice
 * box, date picker and spinner the keyboard reaches has a {@code Label} with text whose
 * {@code labelFor} is that input, shown whenever the input is shown. A hint inside the field
 * does not count (it goes as soon as the user types); a check box carries its own text.
 */
class AccessibleNamesJourneyTest extends DemoUiTest {

    @Test
    void everyFocusableControlOnEveryScreenHasANameAndARoleAndEveryInputAVisibleLabel() {
        Set<String> problems = new LinkedHashSet<>();
        Set<String> unlabelled = new LinkedHashSet<>();
        Set<String> inputsSeen = new java.util.HashSet<>();
        waitUntil(() -> showing("#staffNumber"));
        problems.addAll(unnamedOnScreen());
        unlabelled.addAll(unlabelledOnScreen());
        interact(() -> Accessible.inputs((Parent) lookup(".root").query().getScene().getRoot())
                .forEach(c -> inputsSeen.add(c.getId())));
        for (String[] person : new String[][] {{"2001", "2222"}, {"9001", "9999"}, {"1001", "1111"}}) {
            signIn(person[0], person[1]);
            waitUntil(() -> showing("#nav"));
            var tabs = lookup("#nav .toggle-button").queryAllAs(ToggleButton.class);
            for (ToggleButton tab : tabs) {
                interact(tab::fire);
                WaitForAsyncUtils.waitForFxEvents();
                problems.addAll(unnamedOnScreen());
                unlabelled.addAll(unlabelledOnScreen());
                interact(() -> Accessible.inputs((Parent) lookup(".root").query().getScene().getRoot())
                        .forEach(c -> inputsSeen.add(c.getId())));
            }
            clickOn("#signOutButton");
        }
        assertThat(problems).isEmpty();
        assertThat(unlabelled).as("inputs without a visible label").isEmpty();
        // Those whose FXML label once pointed at them before they existed, and a field inside a composite.
        assertThat(inputsSeen).contains("staffNumber", "pin", "feeQuery", "reference", "payerAbn", "search", "signOut",
                "addressedToQuery");
    }

    @Test
    void focusIsVisibleOnEveryKindOfControlTheKeyboardReaches() {
        Set<Class<?>> seen = new java.util.HashSet<>();
        Set<String> unseen = new LinkedHashSet<>();
        waitUntil(() -> showing("#staffNumber"));
        ringsOnScreen(seen, unseen);
        for (String[] person : new String[][] {{"9001", "9999"}, {"2001", "2222"}}) {
            signIn(person[0], person[1]);
            waitUntil(() -> showing("#nav"));
            for (ToggleButton tab : lookup("#nav .toggle-button").queryAllAs(ToggleButton.class)) {
                interact(tab::fire);
                WaitForAsyncUtils.waitForFxEvents();
                ringsOnScreen(seen, unseen);
            }
            clickOn("#signOutButton");
        }
        assertThat(seen).as("kinds of control checked").hasSizeGreaterThanOrEqualTo(5);
        assertThat(unseen).isEmpty();
    }

    /** Each kind of control not yet checked: its edge must look different with the focus than without. */
    private void ringsOnScreen(Set<Class<?>> seen, Set<String> unseen) {
        Parent root = (Parent) lookup(".root").query().getScene().getRoot();
        java.util.List<javafx.scene.control.Control> shown = new java.util.ArrayList<>();
        interact(() -> Accessible.focusable(root).stream().filter(AccessibleNamesJourneyTest::shownWithSize)
                .filter(c -> !c.isDisabled() && seen.add(c.getClass())).forEach(shown::add));
        for (var c : shown) {
            interact(root::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.Image before = edge(c);
            interact(c::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.Image after = edge(c);
            if (differingEdgePixels(before, after) < 20) {
                unseen.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()));
            }
        }
    }

    private javafx.scene.image.Image edge(javafx.scene.Node n) {
        javafx.scene.image.Image[] shot = new javafx.scene.image.Image[1];
        interact(() -> shot[0] = n.snapshot(null, null));
        return shot[0];
    }

    /** Pixels that differ within 3 px of the edge (the caret inside a field does not count). */
    private static int differingEdgePixels(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean edge = x < 3 || y < 3 || x >= w - 3 || y >= h - 3;
                if (edge && a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }

    private static boolean shownWithSize(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getLayoutBounds().getWidth() > 8 && n.getLayoutBounds().getHeight() > 8;
    }

    private Set<String> unlabelledOnScreen() {
        Set<String> found = new LinkedHashSet<>();
        interact(() -> found.addAll(Accessible.unlabelled((Parent) lookup(".root").query().getScene().getRoot())));
        return found;
    }

    private Set<String> unnamedOnScreen() {
        Set<String> found = new LinkedHashSet<>();
        interact(() -> found.addAll(Accessible.unnamed((Parent) lookup(".root").query().getScene().getRoot())));
        return found;
    }
}
