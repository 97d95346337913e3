package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.css.PseudoClass;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/** Everything a cashier can type wrong is refused beside the field, and nothing is written. */
class BadInputJourneyTest extends DemoUiTest {

    @Test
    void badFeesReferencesAmountsAndQuantitiesAreRefusedWhereTheCashierIsLooking() {
        signInAsCashier();
        enter("ZZZ");
        waitForMessage("No fee matches \"ZZZ\".");
        push(KeyCode.CONTROL, KeyCode.A);
        enter("RATES");
        assertFocused("#reference");
        enter("89557137");
        waitForMessage("Assessment number 89557137 fails its check digit");
        assertFocused("#reference");
        retype("#reference", "89557136");
        assertFocused("#amount");
        for (String[] bad : new String[][] {{"12a", "is not an amount"}, {"-5", "cannot be negative"},
            {"1.234", "at most two decimal places"}, {"0", "more than zero"},
            {"60000", "The most RATES can be is $50,000.00."}}) {
            retype("#amount", bad[0]);
            waitForMessage(bad[1]);
        }
        retype("#amount", "55");
        TableView<?> lines = lookup("#lineTable").queryTableView();
        assertThat(lines.getItems()).hasSize(1);
        assertThat(messages()).isEmpty();

        enter("HALL");
        enter("B-1001");
        assertFocused("#quantity");
        retype("#quantity", "two");
        waitForMessage("The quantity must be a whole number");
        retype("#quantity", "3");
        assertThat(lines.getItems()).hasSize(2);
        assertThat(text("#total")).isEqualTo("$220.00");
        assertThat(counter.rows("receipt")).isZero();
    }

    @Test
    void badTendersAreRefusedAndAShortPaymentIsNotPosted() {
        signInAsCashier();
        enter("TAG");
        type(KeyCode.F7);
        assertFocused("#chequeAmount");
        enter("");
        enter("");
        enter("Westpac");
        enter("12-345");
        enter("100200");
        waitForMessage("Enter who the cheque is from");
        clickOn("#chequeDrawer");
        enter("J Citizen");
        enter("");
        enter("");
        enter("");
        waitForMessage("A BSB is six digits written 123-456.");
        assertThat(counter.rows("tender")).isZero();

        type(KeyCode.F6);
        retype("#eftposAmount", "10");
        enter("EF1");
        waitForMessage("only cash can be given change");
        type(KeyCode.F12);
        waitForMessage("only cash can be given change");
        clickOn(lookup("#tenderList .list-cell").nth(0).queryAs(javafx.scene.Node.class)).type(KeyCode.DELETE);

        type(KeyCode.F5);
        enter("5");
        assertThat(text("#toPay")).isEqualTo("$2.00");
        type(KeyCode.F12);
        waitForMessage("$2.00 is still to pay.");
        assertThat(counter.rows("receipt")).isZero();
    }

    @Test
    void aTaxInvoiceOfAThousandDollarsNeedsThePayer() {
        signInAsCashier();
        enter("HALL");
        enter("B-1001");
        retype("#quantity", "20");
        type(KeyCode.F6);
        enter("");
        enter("EF777");
        type(KeyCode.F12);
        waitForMessage("must show the buyer: enter the payer's name or ABN");
        assertThat(counter.rows("receipt")).isZero();
        assertFocused("#payerName");
        Region payer = (Region) lookup("#payerName").query();
        assertThat(payer.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("danger"));
        assertThat(payer.getBorder().getStrokes()).as("the focus ring shows around the red field").hasSize(2);
        type(KeyCode.ENTER);
        assertFocused("#payerAbn");
        enter("57940199531");
        waitForMessage("Payer ABN: That ABN fails the ABN check");
        assertFocused("#payerAbn");
        push(KeyCode.CONTROL, KeyCode.A);
        enter("57940199530");
        assertThat(messages()).doesNotContain("Payer ABN");
        type(KeyCode.F12);
        waitUntil(() -> showing("#lastPostedBox"));
        assertThat(counter.services.receipting().receipts().byNumber("CD01-000001").orElseThrow().payerAbn()).isEqualTo("57940199530");
    }
}
