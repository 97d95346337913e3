package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.FrontDeskSettings;
import org.counterdesk.frontdesk.SmtpSettings;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/**
 * An administrator sets the desk's email server, close of business and retention from the
 * keyboard: each bad value is refused beside its field with nothing saved, and the saved
 * values are there when the screen is opened again after signing out and back in.
 */
class FrontDeskSettingsJourneyTest extends DemoUiTest {

    /**
     * Puts the focus on the visible field {@code query} (the form scrolls to it; other screens
     * have fields with the same ids), types over it, Enter.
     */
    private void retypeVisible(String query, String text) {
        interact(() -> visible(query).requestFocus());
        push(KeyCode.CONTROL, KeyCode.A);
        enter(text);
    }

    private void openSettings() {
        signIn("9001", "9999");
        waitUntil(() -> showing("#nav"));
        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertFocused("#smtpHost");
    }

    /** The save button, from the keyboard: it is below the fold of the form. */
    private void save() {
        interact(() -> visible("#saveFrontDesk").requestFocus());
        type(KeyCode.SPACE);
    }

    @Test
    void badValuesAreRefusedOneByOneAndTheSavedValuesSurviveReopening() {
        FrontDeskSettings before = counter.services.frontDeskRoom().config().settings();
        openSettings();
        enter("mail.riverbend.example.org");
        push(KeyCode.CONTROL, KeyCode.A);
        enter("99999");
        retypeVisible("#from", "frontdesk@riverbend.example.org");
        retypeVisible("#closeOfBusiness", "9:00");
        push(KeyCode.CONTROL, KeyCode.A);
        enter("0");
        save();
        waitForMessage("The port is a number from 1 to 65535 (usually 25, 465 or 587).");

        retypeVisible("#smtpPort", "2525");
        save();
        waitForMessage("Close of business must be in the afternoon or evening (like 17:30)");
        retypeVisible("#closeOfBusiness", "25:00");
        save();
        waitForMessage("Type a time like 17:30 or 5:30 pm.");
        retypeVisible("#closeOfBusiness", "5:45 pm");
        save();
        waitForMessage("Keep visitors' details for 1 to 3650 days (90 is usual).");
        retypeVisible("#username", "frontdesk");
        save();
        waitForMessage("Enter the password for frontdesk.");
        assertThat(counter.services.frontDeskRoom().config().settings()).isEqualTo(before);

        retypeVisible("#password", "s3cret-Pass");
        retypeVisible("#retentionDays", "30");
        save();
        waitUntil(() -> text("#status").startsWith("Saved. Hosts are emailed through ")
                && text("#status").endsWith("Visitors' details are kept 30 days."));
        FrontDeskSettings saved = counter.services.frontDeskRoom().config().settings();
        assertThat(saved.closeOfBusiness()).isEqualTo(LocalTime.of(17, 45));
        assertThat(saved.retentionDays()).isEqualTo(30);
        SmtpSettings smtp = saved.smtp().orElseThrow();
        assertThat(smtp.host()).isEqualTo("mail.riverbend.example.org");
        assertThat(smtp.port()).isEqualTo(2525);
        assertThat(smtp.username()).isEqualTo("frontdesk");
        assertThat(smtp.password()).isEqualTo("s3cret-Pass");

        clickOn("#signOutButton");
        openSettings();
        assertThat(text("#smtpHost")).isEqualTo("mail.riverbend.example.org");
        assertThat(text("#smtpPort")).isEqualTo("2525");
        assertThat(text("#from")).isEqualTo("frontdesk@riverbend.example.org");
        assertThat(text("#username")).isEqualTo("frontdesk");
        assertThat(text("#password")).as("the password is never shown").isEmpty();
        assertThat(text("#closeOfBusiness")).isEqualTo("17:45");
        assertThat(text("#retentionDays")).isEqualTo("30");
        assertThat(text("#status")).isEmpty();
    }
}
