package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Pdfs;
import org.junit.jupiter.api.Test;

/** A receipt made in error, voided from today's receipts with a supervisor's staff number and PIN. */
class VoidJourneyTest extends DemoUiTest {

    @Test
    void aCashierVoidsAReceiptWithASupervisor() throws Exception {
        signInAsCashier();
        enter("DOGD");
        enter("");
        enter("");
        enter("60");
        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));

        type(KeyCode.F3);
        assertFocused("#search");
        enter("000001");
        type(KeyCode.F6);
        assertFocused("#reason");
        enter("Wrong fee keyed");
        assertThat(lookup("#refundReference").query().isDisabled()).isTrue();
        assertFocused("#supervisorNumber");
        enter("1001");
        assertFocused("#supervisorPin");
        assertThat((Object) lookup("#supervisorPin").query()).isInstanceOf(javafx.scene.control.PasswordField.class);
        enter("1111");
        waitForMessage("Casey Nguyen is not a supervisor");
        assertFocused("#supervisorNumber");
        assertThat(counter.services.receipting().receipts().byNumber("CD01-000001").orElseThrow().isVoided()).isFalse();

        retype("#supervisorNumber", "2001");
        enter("2222");
        waitUntil(() -> text("#status").startsWith("CD01-V000001 voids CD01-000001"));
        Receipt r = counter.services.receipting().receipts().byNumber("CD01-000001").orElseThrow();
        assertThat(r.voided().orElseThrow().approvedBy()).isEqualTo("Sam Okafor");
        assertThat(r.voided().orElseThrow().reason()).isEqualTo("Wrong fee keyed");
        Path notice = counter.folder.printed().resolve("CD01-V000001.pdf");
        assertThat(Pdfs.text(notice)).contains("VOID", "CD01-V000001", "CD01-000001", "Wrong fee keyed", "Sam Okafor",
                "-$52.50");
        Pdfs.keepSample(notice, "journey-void.pdf");

        type(KeyCode.F5);
        waitUntil(() -> text("#status").contains("copy"));
        assertThat(Pdfs.text(counter.folder.printed().resolve("CD01-000001-copy1.pdf"))).contains("COPY", "VOID");
    }
}
