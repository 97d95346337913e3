package org.counterdesk.testing;

/** A UI test on a counter that already has the demo data loaded. */
public abstract class DemoUiTest extends UiTest {

    @Override
    protected void prepare(TestCounter c) {
        c.services.setupRoom().firstRun().loadDemo();
        if (drawerOpenAtStart()) {
            c.cashier();
        }
    }

    /** Whether the demo cashier's drawer is already open when the window starts (most journeys need it). */
    protected boolean drawerOpenAtStart() {
        return true;
    }

    /** Signs the demo cashier in and waits for the receipt screen. */
    protected void signInAsCashier() {
        signIn("1001", "1111");
        waitUntil(() -> showing("#feeQuery"));
        assertFocused("#feeQuery");
    }
}
