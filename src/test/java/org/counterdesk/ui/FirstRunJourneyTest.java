package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.UiTest;
import org.junit.jupiter.api.Test;

/** A new data folder: demo data from the keyboard, sign in, take a split payment with rounding, post. */
class FirstRunJourneyTest extends UiTest {

    @Test
    void aNewcomerTakesAPaymentWithDemoData() throws Exception {
        assertThat(text(".title-1")).isEqualTo("Welcome to Counterdesk");
        assertFocused("#demo");
        type(KeyCode.ENTER);
        waitUntil(() -> showing("#staffNumber"));
        counter.cashier();
        signIn("1001", "1111");
        waitUntil(() -> showing("#feeQuery"));
        assertThat(text(".demo-badge")).isEqualTo("DEMO DATA");
        assertFocused("#feeQuery");

        enter("TAG");
        enter("rates");
        assertFocused("#reference");
        enter("89557136");
        enter("55");
        TableView<?> lines = lookup("#lineTable").queryTableView();
        assertThat(lines.getItems()).hasSize(2);
        assertThat(text("#total")).isEqualTo("$62.02");
        assertThat(text("#gst")).isEqualTo("Includes GST $0.64");
        assertThat(text("#cashPrice")).isEqualTo("Cash price $62.00");

        type(KeyCode.F6);
        assertFocused("#eftposAmount");
        assertThat(text("#eftposAmount")).isEqualTo("62.02");
        enter("50");
        enter("EF12345");
        type(KeyCode.F5);
        enter("20");
        assertThat(text("#rounding")).isEqualTo("Cash rounding -$0.02");
        assertThat(text("#change")).isEqualTo("$8.00");
        assertThat(text("#toPay")).isEqualTo("$0.00");

        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));
        assertThat(text("#lastPosted")).isEqualTo("Receipt CD01-000001 posted");
        assertThat(text("#change")).isEqualTo("$8.00");
        assertThat(lines.getItems()).isEmpty();
        assertFocused("#feeQuery");
        var stored = counter.services.receipting().receipts().byNumber("CD01-000001").orElseThrow();
        assertThat(stored.rounding().cents()).isEqualTo(-2);
        assertThat(stored.change().cents()).isEqualTo(800);
        assertThat(stored.tenders()).hasSize(2);

        Path pdf = counter.folder.printed().resolve("CD01-000001.pdf");
        String printed = Pdfs.text(pdf);
        assertThat(printed).contains("Tax invoice", "Riverbend City Council", "ABN 57 940 199 530", "CD01-000001",
                "Replacement animal tag", "Rates and charges", "89557136", "Total price includes GST", "$0.64",
                "Cash rounding", "-$0.02", "EF12345", "$8.00", "DEMO");
        assertThat(Pdfs.qrOnFirstPage(pdf)).isEqualTo("CD01-000001");
        Pdfs.keepSample(pdf, "journey-receipt-roll.pdf");
    }
}
