package org.counterdesk.ui;

import javafx.scene.input.KeyCode;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Fit;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/**
 * The drawer and banking screens on a small window: Open drawer and Bank it are reached from
 * the keyboard and scrolled into view, never left below the window's edge.
 */
class EndOfDayFitJourneyTest extends DemoUiTest {

    @Override
    protected boolean drawerOpenAtStart() {
        return false;
    }

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Actor casey = c.cashier();
        Days.cashTag(c, casey);
        Drawers.closeBalanced(c.services, casey);
    }

    @Test
    void openDrawerAndBankItAreOnShowAt1280By720() {
        Fit.resize(this, 1280, 720);
        signIn("1001", "1111");
        waitUntil(() -> showing("#openDrawer"));
        Screenshots.save("fit-1280x720-drawer");
        interact(() -> visible("#openDrawer").requestFocus());
        Fit.assertWhole(visible("#openDrawer"));
        Screenshots.save("fit-1280x720-drawer-open-button");

        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        Screenshots.save("fit-1280x720-banking");
        interact(() -> visible("#bankIt").requestFocus());
        Fit.assertWhole(visible("#bankIt"));
        Screenshots.save("fit-1280x720-banking-bank-it");
    }
}
