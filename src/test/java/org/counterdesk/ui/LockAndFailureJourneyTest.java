package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.FailingTrigger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Locking keeps the cashier's work; a failing disk loses nothing and says so. */
class LockAndFailureJourneyTest extends DemoUiTest {

    @AfterEach
    void disarm() {
        FailingTrigger.reset();
    }

    @Test
    void lockingAndSigningBackInKeepsTheReceiptBeingKeyed() {
        signInAsCashier();
        enter("TAG");
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> showing("#pin"));
        assertThat(text("#headline")).startsWith("Locked: Casey Nguyen");
        assertThat(text("#staffNumber")).isEqualTo("1001");
        assertFocused("#pin");
        enter("1111");
        waitUntil(() -> showing("#feeQuery"));
        assertThat(lookup("#lineTable").queryTableView().getItems()).hasSize(1);
        assertThat(text("#total")).isEqualTo("$7.02");
    }

    @Test
    void aDiskThatFailsDuringThePostLosesNothingAndTheCashierCanPostAgain() {
        FailingTrigger.install(counter.services.database().jdbi(), "receipt_line");
        signInAsCashier();
        enter("TAG");
        type(KeyCode.F5);
        enter("10");
        FailingTrigger.arm(counter.services.database().jdbi(), true);
        type(KeyCode.F12);
        waitUntil(() -> text("#generalMessage").startsWith("Could not post the receipt; nothing was saved"));
        assertThat(text("#generalMessage")).contains("the disk is full");
        TableView<?> lines = lookup("#lineTable").queryTableView();
        assertThat(lines.getItems()).hasSize(1);
        assertThat(text("#change")).isEqualTo("$3.00");

        FailingTrigger.arm(counter.services.database().jdbi(), false);
        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));
        assertThat(text("#lastPosted")).isEqualTo("Receipt CD01-000001 posted");
    }
}
