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
        int oneDesk = n.listenerCount();
        assertThat(oneDesk).as("the visitors and deliveries screens listen").isEqualTo(none + 2);

        clickOn("#signOutButton");
        waitUntil(() -> showing("#staffNumber") && !showing("#nav"));
        assertThat(n.listenerCount()).isEqualTo(none);

        for (int i = 0; i < 3; i++) {
            signInAsCashier();
            clickOn("#signOutButton");
            waitUntil(() -> showing("#staffNumber") && !showing("#nav"));
        }
        assertThat(n.listenerCount()).isEqualTo(none);

        signInAsCashier();
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> showing("#pin") && !showing("#nav"));
        assertThat(n.listenerCount()).as("locking keeps the cashier's screens").isEqualTo(oneDesk);
        signIn("2001", "2222");
        waitUntil(() -> showing("#nav"));
        assertThat(n.listenerCount()).as("only the supervisor's screens listen now").isEqualTo(oneDesk);
    }
}
