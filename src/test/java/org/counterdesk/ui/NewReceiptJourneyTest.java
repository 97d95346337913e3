package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The next customer's receipt starts clean: the last change is big only until the next receipt
 * is begun (then it is the small "last receipt" line), the tender is cash again, and messages
 * wrap whole.
 */
class NewReceiptJourneyTest extends DemoUiTest {

    @Test
    void theNextReceiptStartsWithNoBigChangeAndCashAsTheTender() {
        signInAsCashier();
        enter("DOGD");
        enter("");
        enter("");
        enter("60");
        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));
        assertThat(text("#change")).isEqualTo("$7.50");
        Screenshots.save("receipt-posted-change");

        write("T");
        waitUntil(() -> text("#change").equals("$0.00"));
        assertThat(text("#lastPostedDetail")).contains("Change $7.50");
        Screenshots.save("receipt-next-begun");

        type(KeyCode.BACK_SPACE);
        enter("TAG");
        enter("");
        type(KeyCode.F6);
        assertFocused("#eftposAmount");
        enter("");
        enter("EF1");
        type(KeyCode.F12);
        waitUntil(() -> text("#lastPosted").equals("Receipt CD01-000002 posted"));
        assertThat(lookup(".tender-toggles .toggle-button").queryAll().stream()
                .filter(n -> ((ToggleButton) n).isSelected()).map(n -> ((ToggleButton) n).getText()))
                .containsExactly("Cash  F5");
        assertThat(showing("#cashAmount")).isTrue();
        assertThat(showing("#eftposAmount")).isFalse();
    }

    @Test
    void messagesWrapAndKeepTheirHeight() {
        signInAsCashier();
        type(KeyCode.F12);
        waitForMessage("Add at least one fee before posting.");
        assertThat(lookup(".field-message").queryAll()).allSatisfy(n -> {
            assertThat(((Label) n).isWrapText()).isTrue();
            assertThat(((Label) n).getMinHeight()).isEqualTo(Region.USE_PREF_SIZE);
        });
    }
}
