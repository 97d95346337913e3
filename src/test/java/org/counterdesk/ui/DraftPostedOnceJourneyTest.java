package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.FailingCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A post whose answer is lost after the commit shows the receipt it saved, worded as already saved
 * so the payment is not taken again, and the screen starts afresh.
 */
class DraftPostedOnceJourneyTest extends DemoUiTest {

    @AfterEach
    void disarm() {
        FailingCommit.armed = false;
    }

    @Test
    void aFailureAfterTheCommitShowsTheSavedReceiptInsteadOfKeepingTheDraft() {
        FailingCommit.install(counter.services.database().jdbi());
        signInAsCashier();
        enter("TAG");
        type(KeyCode.F5);
        enter("10");
        FailingCommit.armed = true;
        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));

        assertThat(FailingCommit.armed).as("the failure was injected").isFalse();
        assertThat(text("#lastPosted")).as("the cashier is told not to take the payment again")
                .isEqualTo("This payment was already saved as receipt CD01-000001: do not take it again");
        assertThat(lookup("#lineTable").queryTableView().getItems()).isEmpty();
        assertThat(counter.rows("receipt")).isEqualTo(1);
    }
}
