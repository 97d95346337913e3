package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Staff;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/** An administrator adds a cashier, deactivates them, and sets the counter to print on A4. */
class AdministratorJourneyTest extends DemoUiTest {

    @Test
    void anAdministratorManagesStaffAndPrinting() {
        signIn("9001", "9999");
        waitUntil(() -> showing("#nav"));
        assertThat(showing("#feeQuery")).isFalse();
        assertFocused("#staffNumber");
        enter("1002");
        enter("Ngaire Thompson");
        enter("");
        enter("4321");
        enter("4322");
        waitForMessage("The two PINs are different");
        retype("#pinAgain", "4321");
        waitUntil(() -> text("#status").startsWith("Ngaire Thompson (1002) added"));

        TableView<Staff> table = lookup("#table").match(n -> n.isVisible()).queryTableView();
        int row = table.getItems().stream().map(Staff::staffNumber).toList().indexOf("1002");
        interact(() -> table.getSelectionModel().select(row));
        clickOn(lookup("#toggleActive").match(n -> n.isVisible()).queryButton());
        waitUntil(() -> text("#status").contains("deactivated"));
        assertThat(counter.services.staffRoom().staff().all().stream().filter(s -> s.staffNumber().equals("1002")).findFirst()
                .orElseThrow().active()).isFalse();

        type(KeyCode.F10);
        assertFocused("#printer");
        type(KeyCode.ENTER);
        clickOn("#layout");
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        clickOn("#saveSettings");
        waitUntil(() -> text("#status").startsWith("Saved"));
        PrintSettings saved = counter.services.printers().settings();
        assertThat(saved.receiptLayout()).isEqualTo(ReceiptLayout.A4);
        assertThat(saved.printerName()).isEmpty();

        retype("#tolerance", "2.50");
        enter("600");
        type(KeyCode.ENTER);
        waitForMessage("The petty cash limit must be more than $0 and at most $500.00.");
        retype("#pettyLimit", "80");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#drawerStatus").equals("Drawer settings saved."));
        var limits = counter.services.drawer().admin().settings();
        assertThat(limits.tolerance()).isEqualTo(org.counterdesk.money.Money.ofCents(250));
        assertThat(limits.pettyCashLimit()).isEqualTo(org.counterdesk.money.Money.ofDollars(80));
    }
}
