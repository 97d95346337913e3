package org.counterdesk.visitors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.visitors.ExpectedDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The visitors screen's "Expect a visitor" card and today's expected list, through their view models. */
class ExpectVisitorModelTest extends DeskModelTest {

    private VisitorsViewModel screen;
    private ExpectVisitorModel model;

    @BeforeEach
    void card() {
        screen = new VisitorsViewModel(new DeskSession(cashier, c.services.counter(), background), fd.visits(),
                fd.expected(), fd.notifications(), fd.visitorDocuments(), fd.directory());
        model = screen.expect();
        fx(model::start);
    }

    private void fill(String name, String date) {
        fx(() -> {
            model.input().name().set(name);
            model.input().host().typedProperty().set("robyn");
            model.input().date().set(date);
            model.input().purpose().set("Rates objection");
        });
    }

    @Test
    void theCardOpensForTomorrowAndAVisitorExpectedThenIsListed() {
        var tomorrow = c.services.counter().deskDate().plusDays(1);
        assertThat(read(() -> model.shown().open().get())).isTrue();
        assertThat(read(() -> model.input().date().get())).isEqualTo(ExpectedDates.show(tomorrow));
        fill("Sam Soon", ExpectedDates.show(tomorrow));
        fx(() -> model.save(() -> { }));
        assertThat(read(() -> screen.shown().status().get()))
                .isEqualTo("Sam Soon is expected on " + ExpectedDates.show(tomorrow) + ", to see Robyn Lee, Planning.");
        assertThat(read(() -> model.shown().upcoming().size())).isEqualTo(1);
        assertThat(read(() -> model.input().name().get())).isEmpty();
    }

    @Test
    void aDayThatIsNotADateIsRefusedAndNothingIsWritten() {
        fill("Sam Soon", "next week");
        fx(() -> model.save(() -> { }));
        assertThat(read(() -> model.shown().errors().of("date").get())).startsWith("\"next week\" is not a date");
        assertThat(fd.expected().upcoming(14)).isEmpty();
    }

    @Test
    void aVisitorExpectedTodayArrivesWithOneSelectionAndCancellingNothingSaysWhatToChoose() {
        fill("Jane Citizen", "today");
        fx(() -> model.save(screen::refresh));
        assertThat(read(() -> screen.shown().expectedToday().size())).isEqualTo(1);
        fx(() -> screen.cancelExpected(null));
        assertThat(read(() -> screen.shown().errors().general().get())).isEqualTo("Choose an expected visitor in the list first.");
        fx(() -> screen.arrive(screen.shown().expectedToday().get(0), () -> { }));
        assertThat(read(() -> screen.shown().status().get())).startsWith("Jane Citizen signed in with badge 1.");
        assertThat(read(() -> screen.shown().expectedToday())).isEmpty();
    }
}
