package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.CutText;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * Deliveries as the desk logs a stack of parcels: "planning" offers the Planning unit before the
 * people in it; after each one the cursor is back on the consignment for the next scan, the
 * carrier kept; a collector's name typed before F7 (told by phone) is still there after F6.
 */
class DeliveriesFlowJourneyTest extends DemoUiTest {

    @Test
    void aStackOfParcelsIsScannedOneAfterAnotherAndAUnitIsChosenByItsName() {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertFocused("#consignment");
        enter("AP0001");
        enter("Australia Post");
        enter("1");
        write("planning");
        waitUntil(() -> showing(".list-cell"));
        Screenshots.save("deliveries-planning-typed");
        assertThat(CutText.in(visible("#nav").getScene())).as("the matches are whole").isEmpty();
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Logged Australia Post AP0001 for Planning (business unit)."));
        assertFocused("#consignment");
        assertThat(text("#carrier")).isEqualTo("Australia Post");

        enter("AP0002");
        assertFocused("#carrier");
        enter("");
        enter("3");
        write("works");
        waitUntil(() -> showing(".list-cell"));
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Logged Australia Post AP0002 for Works Depot (business unit)."));
        assertFocused("#consignment");
        assertThat(counter.services.frontDeskRoom().deliveries().uncollected()).hasSize(2);
    }

    @Test
    void theCollectorsNameTypedBeforeToldByPhoneIsKept() {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertFocused("#consignment");
        enter("ST0001");
        enter("StarTrack");
        enter("1");
        write("aroha");
        waitUntil(() -> showing(".list-cell"));
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").contains("then F7 with it selected"));
        type(KeyCode.F6);
        type(KeyCode.F6);
        assertFocused("#collectedBy");
        write("Aroha Ngata");
        type(KeyCode.F7);
        waitUntil(() -> text("#status").startsWith("Recorded: Aroha Ngata, Works Depot was told by phone."));
        type(KeyCode.F6);
        assertFocused("#collectedBy");
        assertThat(text("#collectedBy")).isEqualTo("Aroha Ngata");
        TableView<?> table = (TableView<?>) visible("#table");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        Screenshots.save("deliveries-after-F7-F6");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").equals("StarTrack ST0001 collected by Aroha Ngata."));
        assertThat(counter.services.frontDeskRoom().deliveries().uncollected()).isEmpty();
    }
}
