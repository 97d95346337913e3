package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.visitors.ExpectedDates;
import org.counterdesk.visitors.ExpectedVisit;
import org.counterdesk.visitors.Visit;
import org.junit.jupiter.api.Test;

/**
 * Reception registers a visitor ahead from the keyboard (Ctrl+N on the visitors screen), bad
 * input is refused beside its field, and on arrival one selection signs the visitor in; a
 * visit expected on a later day is cancelled from the coming days' list.
 */
class ExpectVisitorJourneyTest extends DemoUiTest {

    private void openExpectForm() {
        signInAsCashier();
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        push(KeyCode.CONTROL, KeyCode.N);
        assertFocused("#expectName");
    }

    /** Types part of a host's name and takes the first match. */
    private void chooseHost(String part) {
        write(part);
        waitUntil(() -> lookup(".list-cell").queryAll().stream().anyMatch(n -> n instanceof ListCell<?> c
                && c.getItem() instanceof Contact && c.getListView().isVisible()));
        type(KeyCode.ENTER);
    }

    @Test
    void aVisitorExpectedTodayIsSignedInWithOneSelection() {
        openExpectForm();
        LocalDate today = counter.services.counter().businessDate();
        assertThat(text("#expectDate")).isEqualTo(ExpectedDates.show(today.plusDays(1)));
        enter("zzz");
        enter("Acme Surveying");
        chooseHost("rob");
        assertFocused("#expectDate");
        push(KeyCode.CONTROL, KeyCode.A);
        enter("next week");
        assertFocused("#expectPurpose");
        enter("Site plan meeting");
        waitForMessage("\"next week\" is not a date: type today, tomorrow");
        retype("#expectDate", "today");
        type(KeyCode.ENTER);
        waitForMessage("\"zzz\" is not a name");
        assertThat(counter.rows("expected_visit")).isZero();
        retype("#expectName", "Jane Citizen");
        clickOn("#expectPurpose");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").equals("Jane Citizen is expected today, to see Robyn Lee, Planning: "
                + "they are in Expected today (F8)."));
        assertFocused("#expectName");
        Screenshots.save("frontdesk-expect-visitor");
        ExpectedVisit e = counter.services.frontDeskRoom().expected().stillExpectedToday().get(0);
        assertThat(e.organisation()).isEqualTo("Acme Surveying");
        assertThat(e.purpose()).isEqualTo("Site plan meeting");

        type(KeyCode.ESCAPE);
        assertFocused("#name");
        assertThat(showing("#expectCard")).isFalse();
        type(KeyCode.F8);
        ListView<?> expected = lookup("#expected").queryListView();
        waitUntil(() -> expected.isFocused() && expected.getItems().size() == 1);
        type(KeyCode.ENTER);
        waitUntil(() -> text("#status").startsWith("Jane Citizen signed in with badge 1."));
        Visit v = counter.services.frontDeskRoom().visits().onSite().get(0);
        assertThat(v.expectedId()).isEqualTo(e.id());
        assertThat(v.host().name()).isEqualTo("Robyn Lee");
        assertThat(counter.services.frontDeskRoom().expected().stillExpectedToday()).isEmpty();
        waitUntil(() -> expected.getItems().isEmpty());
    }

    @Test
    void aVisitExpectedTomorrowIsListedAndCancelled() {
        openExpectForm();
        enter("Sam Soon");
        enter("");
        chooseHost("rob");
        type(KeyCode.ENTER);
        enter("Rates objection");
        LocalDate tomorrow = counter.services.counter().businessDate().plusDays(1);
        waitUntil(() -> text("#status").equals("Sam Soon is expected on " + ExpectedDates.show(tomorrow)
                + ", to see Robyn Lee, Planning."));
        ListView<?> upcoming = lookup("#upcoming").queryListView();
        waitUntil(() -> upcoming.getItems().size() == 1);
        assertThat(lookup("#expected").queryListView().getItems()).isEmpty();

        interact(() -> {
            upcoming.requestFocus();
            upcoming.getSelectionModel().select(0);
        });
        type(KeyCode.DELETE);
        waitUntil(() -> text("#status").equals("Cancelled: Sam Soon is no longer expected on "
                + ExpectedDates.show(tomorrow) + "."));
        waitUntil(() -> upcoming.getItems().isEmpty());
        assertThat(counter.services.frontDeskRoom().expected().upcoming(14)).isEmpty();
    }
}
