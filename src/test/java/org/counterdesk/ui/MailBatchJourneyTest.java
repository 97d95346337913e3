package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Pdfs;
import org.junit.jupiter.api.Test;

/** Cheques from the mail keyed as a batch against its header, finished only when it balances. */
class MailBatchJourneyTest extends DemoUiTest {

    @Test
    void aMailBatchIsKeyedAndFinishedWhenItMatchesItsHeader() throws Exception {
        signInAsCashier();
        type(KeyCode.F4);
        assertFocused("#description");
        enter("Mail 23 Nov, bag 1");
        enter("2");
        enter("210.00");
        waitUntil(() -> showing("#mailBanner"));
        assertThat(text("#mailText")).contains("CD01-M0001", "0 of 2 payments");

        keyChequePayment("DOGD", "52.50", "100234");
        waitUntil(() -> text("#mailText").contains("1 of 2 payments"));

        type(KeyCode.F4);
        type(KeyCode.F6);
        waitForMessage("1 payment and $157.50 still to key");

        type(KeyCode.ENTER);
        waitUntil(() -> showing("#mailBanner"));
        keyChequePayment("DOGF", "157.50", "100235");
        waitUntil(() -> text("#mailText").contains("It balances"));
        assertThat(counter.folder.printed().resolve("CD01-000002.pdf")).exists();
        assertThat(Pdfs.pageSize(counter.folder.printed().resolve("CD01-000002.pdf"))[0]).isGreaterThan(500f);

        type(KeyCode.F4);
        type(KeyCode.F6);
        waitUntil(() -> text("#status").contains("CD01-M0001 finished"));
        Path summary = counter.folder.printed().resolve("CD01-M0001.pdf");
        assertThat(Pdfs.text(summary)).contains("CD01-M0001", "BALANCED", "CD01-000001", "CD01-000002", "$210.00");
        Pdfs.keepSample(summary, "journey-mail-batch.pdf");
    }

    private void keyChequePayment(String fee, String amount, String chequeNumber) {
        assertFocused("#feeQuery");
        enter(fee);
        enter("");
        type(KeyCode.F7);
        retype("#chequeAmount", amount);
        enter("R Patel");
        enter("Commonwealth Bank");
        enter("062000");
        enter(chequeNumber);
        type(KeyCode.F12);
        waitUntil(() -> text("#lastPosted").contains("posted"));
    }
}
