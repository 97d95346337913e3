package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.BusinessUnit;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.visitors.Visit;
import org.junit.jupiter.api.Test;

/**
 * An administrator adds a business unit and a person to the directory from the keyboard; a
 * malformed email is refused beside its field and nothing is saved; once fixed, the person is
 * offered as a host by the visitor sign-in's type-ahead.
 */
class DirectoryJourneyTest extends DemoUiTest {

    /** Goes to the visible field {@code query} (other screens have fields with the same ids), types over it, Enter. */
    private void retypeVisible(String query, String text) {
        clickOn(visible(query));
        push(KeyCode.CONTROL, KeyCode.A);
        enter(text);
    }

    private void signInAsAdministrator() {
        signIn("9001", "9999");
        waitUntil(() -> showing("#nav"));
        press(KeyCode.SHIFT).type(KeyCode.F9).release(KeyCode.SHIFT);
        assertFocused("#name");
    }

    @Test
    void aUnitAndAPersonAreAddedWithBadEmailsRefusedAndThePersonHostsAVisitor() {
        signInAsAdministrator();
        clickOn(visible("#unitName"));
        enter("Community Safety");
        enter("safety@@riverbend.example.org");
        enter("03 9000 4400");
        waitForMessage("\"safety@@riverbend.example.org\" is not an email address: it needs one @");
        assertThat(counter.services.frontDeskRoom().directory().units()).extracting(BusinessUnit::name)
                .doesNotContain("Community Safety");
        retypeVisible("#unitEmail", "safety@riverbend.example.org");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").equals("Added Community Safety."));

        clickOn(visible("#name"));
        enter("Wiremu Tane");
        enter("");
        enter("wiremu.tane@riverbend");
        enter("4480");
        ComboBox<?> unit = (ComboBox<?>) visible("#unit");
        assertFocused("#unit");
        // Down on a closed list moves to the next unit, as on a drop-down anywhere.
        for (int i = 0; i < 10 && !chosen(unit, "Community Safety"); i++) {
            type(KeyCode.DOWN);
        }
        assertThat(chosen(unit, "Community Safety")).isTrue();
        type(KeyCode.ENTER);
        waitForMessage("The domain in \"wiremu.tane@riverbend\" needs a dot, like council.vic.gov.au.");
        assertThat(counter.services.frontDeskRoom().directory().hosts()).extracting(h -> h.name())
                .doesNotContain("Wiremu Tane");
        retypeVisible("#email", "wiremu.tane@riverbend.example.org");
        clickOn(visible("#saveHost"));
        waitUntil(() -> text("#status").equals("Added Wiremu Tane, Community Safety."));

        clickOn("#signOutButton");
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        enter("Jane Citizen");
        enter("");
        write("wiremu");
        waitUntil(() -> lookup(".list-cell").queryAll().stream().anyMatch(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof Contact h && h.describe().equals("Wiremu Tane, Community Safety")
                && c.getListView().isVisible()));
        type(KeyCode.ENTER);
        assertFocused("#purpose");
        enter("Community safety plan");
        enter("");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Jane Citizen signed in with badge 1."));
        Visit v = counter.services.frontDeskRoom().visits().onSite().get(0);
        assertThat(v.host().describe()).isEqualTo("Wiremu Tane, Community Safety");
        assertThat(v.host().email()).isEqualTo("wiremu.tane@riverbend.example.org");
    }

    private static boolean chosen(ComboBox<?> unit, String name) {
        return unit.getValue() instanceof BusinessUnit u && u.name().equals(name);
    }
}
