package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.NotificationState;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.FrontDeskSetup;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The front desk from the keyboard: a visitor signed in with their host found by type-ahead,
 * the host emailed (a real SMTP server), the evacuation roll printed and read back, the
 * visitor signed out; a delivery logged and collected; enquiries tallied and reported.
 */
class FrontDeskJourneyTest extends DemoUiTest {

    private GreenMail mail;

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        try {
            int port = FrontDeskSetup.freePort();
            FrontDeskSetup.useSmtp(c, c.administrator(), port);
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        c.services.frontDeskRoom().startJobs();
    }

    @AfterEach
    void stopMail() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void aVisitorIsSignedInTheHostEmailedTheRollPrintedAndTheVisitorSignedOut() throws Exception {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        enter("Jane Citizen");
        enter("Acme Surveying");
        write("rob");
        waitUntil(() -> showing(".list-cell") && messages().isEmpty());
        type(KeyCode.ENTER);
        assertFocused("#purpose");
        enter("Site plan meeting");
        enter("1abc234");
        assertThat(text("#badge")).isEqualTo("1");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Jane Citizen signed in with badge 1. Badge printed."));
        Visit v = counter.services.frontDeskRoom().visits().onSite().get(0);
        assertThat(v.host().name()).isEqualTo("Robyn Lee");
        assertThat(v.vehicle()).isEqualTo("1ABC234");

        waitUntil(() -> mail.getReceivedMessages().length == 1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("robyn.lee@riverbend.example.org");
        assertThat(GreenMailUtil.getBody(mail.getReceivedMessages()[0])).contains("Jane Citizen", "Site plan meeting");
        waitUntil(() -> counter.services.frontDeskRoom().notifications().latestFor(Visits.SUBJECT, java.util.List.of(v.id()))
                .get(v.id()).state() == NotificationState.SENT);
        waitUntil(() -> lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && String.valueOf(c.getItem()).startsWith("Emailed")));
        Screenshots.save("frontdesk-visitors");

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> text(".on-site-headline").equals("On site now: 1 visitor"));
        Screenshots.save("frontdesk-on-site");
        type(KeyCode.F5);
        waitUntil(() -> text("#status").startsWith("Evacuation roll printed"));
        Path roll;
        try (Stream<Path> printed = Files.list(counter.folder.printed())) {
            roll = printed.filter(p -> p.getFileName().toString().startsWith("evacuation-roll-")).findFirst().orElseThrow();
        }
        assertThat(Pdfs.text(roll)).contains("EVACUATION ROLL", "1 visitor signed in", "Jane Citizen", "Robyn Lee, Planning",
                "1ABC234");
        Pdfs.keepSample(roll, "journey-evacuation-roll.pdf");

        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        type(KeyCode.F6);
        assertFocused("#signOut");
        enter("7");
        waitForMessage("Nobody is signed in with badge 7.");
        retype("#signOut", "1");
        waitUntil(() -> text("#status").startsWith("Jane Citizen signed out"));
        assertThat(counter.services.frontDeskRoom().visits().onSite()).isEmpty();
    }

    @Test
    void badVisitorInputIsRefusedBesideTheFieldAndNothingIsWritten() {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        enter("zzz");
        enter("");
        enter("Nobody Atall");
        enter("Meeting");
        enter("");
        enter("");
        waitForMessage("is not a name");
        retype("#name", "Sam Smith");
        clickOn("#badge");
        type(KeyCode.ENTER);
        waitForMessage("No one in the directory matches \"Nobody Atall\"");
        assertThat(counter.rows("visit")).isZero();
    }

    @Test
    void aDeliveryIsLoggedAndCollected() {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertFocused("#consignment");
        enter("ST123456789");
        enter("StarTrack");
        enter("2");
        write("aroha");
        waitUntil(() -> showing(".list-cell"));
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Logged StarTrack ST123456789 for Aroha Ngata, Works Depot. Phone them: ext 4350"));
        type(KeyCode.F6);
        type(KeyCode.F6);
        assertFocused("#collectedBy");
        enter("Aroha Ngata");
        waitUntil(() -> text("#status").equals("StarTrack ST123456789 collected by Aroha Ngata."));
        assertThat(counter.services.frontDeskRoom().deliveries().uncollected()).isEmpty();
    }

    @Test
    void enquiriesAreTalliedOneKeyEachAndTheDayReported() throws Exception {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        waitUntil(() -> showing("#type1"));
        type(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT3);
        type(KeyCode.P);
        type(KeyCode.DIGIT2);
        type(KeyCode.DIGIT7);
        type(KeyCode.BACK_SPACE);
        waitUntil(() -> text(".tally-total").equals("Today: 4 enquiries"));
        Screenshots.save("frontdesk-enquiries");
        type(KeyCode.F5);
        waitUntil(() -> text("#status").startsWith("Today's statistics printed (4 enquiries)"));
        Path day = counter.folder.documents().resolve("enquiries").resolve("2026-11-23");
        assertThat(Pdfs.text(day.resolve("enquiries-2026-11-23.pdf"))).contains("Rates", "Planning", "Animals", "Total");
        assertThat(Files.readString(day.resolve("enquiries-2026-11-23.csv"), StandardCharsets.UTF_8))
                .contains("2026-11-23,10:00,Rates,Counter,2", "2026-11-23,10:00,Planning,Counter,1",
                        "2026-11-23,10:00,Animals,Phone,1");
        Pdfs.keepSample(day.resolve("enquiries-2026-11-23.pdf"), "journey-enquiry-statistics.pdf");
    }
}
