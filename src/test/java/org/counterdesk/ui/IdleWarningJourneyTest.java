package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Before the idle lock, a notice counts down; one key keeps the cashier signed in and types
 * nothing; left alone, the screen locks. (Idle 14 s with a 10 s warning here; 5 min and 30 s in use.)
 */
class IdleWarningJourneyTest extends DemoUiTest {

    @Override
    public void start(Stage stage) throws Exception {
        System.setProperty("counterdesk.idleSeconds", "14");
        System.setProperty("counterdesk.idleWarnSeconds", "10");
        super.start(stage);
    }

    @AfterEach
    void normalTimes() {
        System.clearProperty("counterdesk.idleSeconds");
        System.clearProperty("counterdesk.idleWarnSeconds");
    }

    @Test
    void theLockWarnsWithACountdownOneKeyExtendsAndSilenceLocks() {
        signInAsCashier();
        waitUntil(() -> showing("#idleWarning"));
        assertThat(text("#idleWarning")).contains("The screen locks in", "Press any key to stay signed in");
        Screenshots.save("idle-warning");
        type(KeyCode.A);
        waitUntil(() -> !showing("#idleWarning"));
        assertFocused("#feeQuery");
        assertThat(text("#feeQuery")).as("the key that extends types nothing").isEmpty();
        assertThat(showing("#nav")).isTrue();

        waitUntil(() -> showing("#idleWarning"));
        String first = text("#idleWarning");
        waitUntil(() -> !text("#idleWarning").equals(first) || !showing("#idleWarning"));
        waitUntil(() -> showing("#staffNumber"));
        assertThat(showing("#idleWarning")).isFalse();
    }
}
