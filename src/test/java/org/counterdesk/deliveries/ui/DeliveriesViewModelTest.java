package org.counterdesk.deliveries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deliveries screen: log a parcel, tell its recipient, record its collection, through its view model. */
class DeliveriesViewModelTest extends DeskModelTest {

    private DeliveriesViewModel model;

    @BeforeEach
    void screen() {
        model = new DeliveriesViewModel(new DeskSession(cashier, c.services.counter(), background), fd.deliveries(),
                fd.notifications(), fd.directory());
        fx(model::refresh);
    }

    private void log(String carrier, String consignment, String to) {
        fx(() -> {
            model.input().carrier().set(carrier);
            model.input().consignment().set(consignment);
            model.input().addressedTo().typedProperty().set(to);
            model.log(() -> { });
        });
    }

    @Test
    void aLoggedDeliveryIsListedAndTheFormIsReadyForTheNextScan() {
        log("Australia Post", "AP123456", "planning");
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Logged Australia Post AP123456 for Planning (business unit). "
                + "Phone them: " + read(() -> model.shown().waiting().get(0).delivery().addressedTo().phoneText())
                + ", then F7 with it selected.");
        assertThat(read(() -> model.shown().waiting().size())).isEqualTo(1);
        assertThat(read(() -> model.input().consignment().get())).isEmpty();
        assertThat(read(() -> model.input().carrier().get())).isEqualTo("Australia Post");
        assertThat(read(() -> model.input().items().get())).isEqualTo("1");
    }

    @Test
    void aDeliveryForNobodyInTheDirectoryIsRefusedBesideItsField() {
        log("StarTrack", "ST1234", "Accounts Payable");
        assertThat(read(() -> model.shown().errors().of("addressedTo").get())).contains("No one in the directory matches");
        assertThat(read(() -> model.shown().waiting())).isEmpty();
        assertThat(read(() -> model.input().consignment().get())).isEqualTo("ST1234");
    }

    @Test
    void aCollectionNeedsADeliveryChosenAndThenTakesItOffTheList() {
        log("StarTrack", "ST1234", "Rates");
        fx(() -> {
            model.input().collectedBy().set("Robyn Lee");
            model.collect(() -> { });
        });
        assertThat(read(() -> model.shown().errors().of("collectedBy").get()))
                .isEqualTo("Choose the delivery in the list first (Up/Down), then type who collects it.");
        fx(() -> {
            model.input().selected().set(model.shown().waiting().get(0));
            model.toldByPhone();
        });
        assertThat(read(() -> model.shown().status().get())).isEqualTo("Recorded: Rates (business unit) was told by phone.");
        fx(() -> {
            model.input().selected().set(model.shown().waiting().get(0));
            model.collect(() -> { });
        });
        assertThat(read(() -> model.shown().status().get())).isEqualTo("StarTrack ST1234 collected by Robyn Lee.");
        assertThat(read(() -> model.shown().waiting())).isEmpty();
    }
}
