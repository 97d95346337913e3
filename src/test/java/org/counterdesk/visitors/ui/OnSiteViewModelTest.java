package org.counterdesk.visitors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.visitors.Visits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The on-site screen: who is in the building, and the evacuation roll, through its view model. */
class OnSiteViewModelTest extends DeskModelTest {

    private OnSiteViewModel model;

    @BeforeEach
    void screen() {
        model = new OnSiteViewModel(c.services.counter(), fd.visits(), fd.visitorDocuments(), background);
    }

    private void signIn(String name, String badge) {
        fd.visits().signIn(cashier, new Visits.Request(name, null, null, "robyn", "Meeting", null, badge, null));
    }

    @Test
    void theHeadlineCountsWhoIsOnSite() {
        signIn("Jane Citizen", "1");
        fx(model::refresh);
        assertThat(read(() -> model.shown().headline().get())).isEqualTo("On site now: 1 visitor");
        signIn("Joe Bloggs", "2");
        fx(model::refresh);
        assertThat(read(() -> model.shown().headline().get())).isEqualTo("On site now: 2 visitors");
    }

    @Test
    void theRollIsPrintedWithEveryoneSignedInAndKept() {
        signIn("Jane Citizen", "1");
        fx(model::printRoll);
        assertThat(read(() -> model.shown().status().get())).contains("1 signed in").contains("evacuation-roll-");
        assertThat(read(() -> model.shown().errors().general().get())).isEmpty();
        assertThat(read(() -> model.shown().onSite().size())).isEqualTo(1);
    }
}
