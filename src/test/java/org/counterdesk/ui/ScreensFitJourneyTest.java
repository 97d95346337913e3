package org.counterdesk.ui;

import javafx.scene.input.KeyCode;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Fit;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.counterdesk.testing.Days;
import org.junit.jupiter.api.Test;

/**
 * The cashier's screens at the smallest size the counter supports whole (1280×720): the post
 * button, the messages, the void form and the front desk's buttons are on show without scrolling;
 * in a smaller window (1024×700) the screen scrolls to the field that has the cursor.
 */
class ScreensFitJourneyTest extends DemoUiTest {

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Days.cashTag(c, c.cashier());
    }

    @Test
    void theReceiptVoidAndFrontDeskScreensAreWholeAt1280By720() {
        Fit.resize(this, 1280, 720);
        signInAsCashier();
        type(KeyCode.F12);
        waitForMessage("Add at least one fee before posting.");
        Screenshots.save("fit-1280x720-receipt");
        Fit.assertWhole(visible("#post"));
        Fit.assertWhole(visible("#feeMessage"));
        Fit.assertWhole(visible("#payerAbn"));

        type(KeyCode.F3);
        assertFocused("#search");
        enter("000001");
        type(KeyCode.F6);
        assertFocused("#reason");
        Screenshots.save("fit-1280x720-void");
        Fit.assertWhole(visible("#reason"));
        Fit.assertWhole(visible("#supervisorPin"));
        Fit.assertWhole(lookup(".button").match(n -> "Void receipt".equals(((javafx.scene.control.Button) n).getText()))
                .query());
        Fit.assertWhole(visible("#voidButton"));

        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        Screenshots.save("fit-1280x720-visitors");
        Fit.assertWhole(visible("#phoned"));
        press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertFocused("#consignment");
        Screenshots.save("fit-1280x720-deliveries");
        press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        Screenshots.save("fit-1280x720-enquiries");
    }

    @Test
    void atTheSmallestWindowTheReceiptScreenScrollsToWhatHasTheCursor() {
        Fit.resize(this, 1024, 700);
        signInAsCashier();
        Screenshots.save("fit-1024x700-receipt");
        interact(() -> visible("#payerAbn").requestFocus());
        Fit.assertWhole(visible("#payerAbn"));
        interact(() -> visible("#post").requestFocus());
        Fit.assertWhole(visible("#post"));
        Screenshots.save("fit-1024x700-receipt-post");
    }
}
