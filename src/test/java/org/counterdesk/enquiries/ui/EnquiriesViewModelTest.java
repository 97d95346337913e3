package org.counterdesk.enquiries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The enquiries screen: one key counts one enquiry by the channel in use, through its view model. */
class EnquiriesViewModelTest extends DeskModelTest {

    private EnquiriesViewModel model;
    private String first;

    @BeforeEach
    void screen() {
        model = new EnquiriesViewModel(new DeskSession(cashier, c.services.counter(), background), fd.enquiries(),
                fd.enquiryReports());
        fx(model::refresh);
        first = read(() -> model.shown().types().get(0));
    }

    @Test
    void aTallyIsCountedByTheChannelInUseAndTakenBack() {
        fx(() -> {
            model.channel().set(Channel.PHONE);
            model.tally(0);
        });
        assertThat(read(() -> model.shown().status().get())).isEqualTo(first + " (phone) counted. Backspace takes it back.");
        assertThat(read(() -> model.shown().counts().get(first))).isEqualTo(1);
        assertThat(read(() -> model.shown().total().get())).isEqualTo(1);
        assertThat(fd.enquiries().today().count(first, Channel.PHONE)).isEqualTo(1);
        fx(model::undo);
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Taken back: " + first + " (phone).");
        assertThat(read(() -> model.shown().total().get())).isZero();
    }

    @Test
    void aKeyBeyondTheTypesCountsNothingAndTheChannelGoesBackToTheCounterOnReturn() {
        fx(() -> {
            model.channel().set(Channel.EMAIL);
            model.tally(model.shown().types().size());
        });
        assertThat(read(() -> model.shown().total().get())).isZero();
        assertThat(read(() -> model.shown().status().get())).isEmpty();
        fx(model::refresh);
        assertThat(read(() -> model.channel().get())).isEqualTo(Channel.COUNTER);
    }

    @Test
    void theDaysStatisticsArePrintedWithTheirSpreadsheetCopy() {
        fx(() -> model.tally(0));
        fx(model::printReport);
        assertThat(read(() -> model.shown().status().get())).startsWith("Today's statistics printed (1 enquiry). The spreadsheet copy is ")
                .endsWith(".csv");
        assertThat(read(() -> model.shown().errors().general().get())).isEmpty();
    }

    @Test
    void nothingToTakeBackIsSaid() {
        fx(model::undo);
        assertThat(read(() -> model.shown().errors().general().get()))
                .isEqualTo("There is no enquiry of yours from the last 5 minutes to take back.");
    }
}
