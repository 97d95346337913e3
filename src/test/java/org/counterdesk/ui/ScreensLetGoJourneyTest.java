package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/**
 * The screens of someone who signs out (or whose locked counter someone else signs in at) stop
 * listening to the front desk's notifications: a day of sign-ins does not pile up listeners.
 */
class ScreensLetGoJourneyTest extends DemoUiTest {

    @Test
    void signingOutOrAnotherPersonSigningInLetsTheOldScreensGo() {
        Notifications n = counter.services.frontDeskRoom().notifications();
        int none = n.listenerCount();
        signInAsCashier();
        assertThat(n.listenerCount()).as("screens not visited yet are not built, so do not listen").isEqualTo(none);
        visitTheDesk();
        int oneDesk = n.listenerCount();
        assertThat(oneDesk).as("the visitors and deliveries screens listen once built").isEqualTo(none + 2);

        clickOn("#signOutButton");
        waitUntil(() -> showing("#staffNumber") && !showing("#nav"));
        assertThat(n.listenerCount()).isEqualTo(none);

        for (int i = 0; i < 3; i++) {
            signInAsCashier();
            visitTheDesk();
            clickOn("#signOutButton");
            waitUntil(() -> showing("#staffNumber") && !showing("#nav"));
        }
        assertThat(n.listenerCount()).isEqualTo(none);

        signInAsCashier();
        visitTheDesk();
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> showing("#pin") && !showing("#nav"));
        assertThat(n.listenerCount()).as("locking keeps the cashier's screens").isEqualTo(oneDesk);
        signIn("2001", "2222");
        waitUntil(() -> showing("#nav"));
        assertThat(n.listenerCount()).as("the cashier's screens let go; the supervisor's not visited yet").isEqualTo(none);
        visitTheDesk();
        assertThat(n.listenerCount()).as("only the supervisor's screens listen now").isEqualTo(oneDesk);
    }

    /** Shift+F5 and Shift+F6: the visitors and deliveries screens, built on this first visit. */
    private void visitTheDesk() {
        push(KeyCode.SHIFT, KeyCode.F5);
        waitUntil(() -> showing("#signInForm"));
        push(KeyCode.SHIFT, KeyCode.F6);
        waitUntil(() -> showing("#collectForm") || showing("#form"));
    }
}
