package org.counterdesk.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.common.Refused;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The delivery log on H2 and on PostgreSQL: logged, the unit told, listed until collected, collected once. */
@ParameterizedClass
@EnumSource(Store.class)
class DeliveriesTest extends FrontDeskTest {

    @Parameter
    Store store;

    @Override
    protected Store store() {
        return store;
    }

    @Test
    void aDeliveryIsLoggedListedUntilCollectedAndCollectedOnce() {
        Deliveries.Logged logged = fd.deliveries().log(cashier, new Deliveries.Form("Australia Post", " ap 123-456 ", "3",
                null, "planning"));
        Delivery d = logged.delivery();
        assertThat(d.consignment()).isEqualTo("AP 123-456");
        assertThat(d.items()).isEqualTo(3);
        assertThat(d.receivedBy()).isEqualTo("Casey Nguyen");
        assertThat(d.receivedAt()).isEqualTo(c.clock.instant());
        assertThat(d.addressedTo().describe()).isEqualTo("Planning (business unit)");
        assertThat(fd.deliveries().uncollected()).extracting(Delivery::id).containsExactly(d.id());

        c.clock.advance(Duration.ofHours(3));
        Delivery collected = fd.deliveries().collect(cashier, d.id(), "Robyn Lee");
        assertThat(collected.collectedBy()).isEqualTo("Robyn Lee");
        assertThat(collected.collectedAt()).isEqualTo(c.clock.instant());
        assertThat(fd.deliveries().uncollected()).isEmpty();
        assertThatThrownBy(() -> fd.deliveries().collect(cashier, d.id(), "Someone Else"))
                .hasMessageContaining("was already collected at Mon 23 Nov, 1:15 pm");
        String journal = c.services.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM journal")
                .mapToMap().list()).toString();
        assertThat(journal).contains("DELIVERY_LOGGED", "DELIVERY_COLLECTED").doesNotContain("Robyn Lee", "AP 123-456");
    }

    @Test
    void badDeliveriesAreRefusedBesideTheirFields() {
        refused(new Deliveries.Form("", "AP1234", "1", null, "Rates"), "carrier", "Enter the carrier.");
        refused(new Deliveries.Form("StarTrack", "", "1", null, "Rates"), "consignment", "Enter the consignment");
        refused(new Deliveries.Form("StarTrack", "#$%^&", "1", null, "Rates"), "consignment", "letters and digits");
        refused(new Deliveries.Form("StarTrack", "ST1234", "0", null, "Rates"), "items", "from 1 to 99");
        refused(new Deliveries.Form("StarTrack", "ST1234", "lots", null, "Rates"), "items", "from 1 to 99");
        refused(new Deliveries.Form("StarTrack", "ST1234", "1", null, "Accounts Payable"), "addressedTo",
                "No one in the directory matches");
        fd.deliveries().log(cashier, new Deliveries.Form("StarTrack", "ST1234", "", null, "Rates"));
        refused(new Deliveries.Form("StarTrack", "st1234", "1", null, "Rates"), "consignment", "was already logged at");
        assertThat(c.rows("delivery")).isEqualTo(1);
        long id = fd.deliveries().uncollected().get(0).id();
        assertThatThrownBy(() -> fd.deliveries().collect(cashier, id, "")).isInstanceOf(Refused.class)
                .extracting(t -> ((Refused) t).field()).isEqualTo("collectedBy");
    }

    private void refused(Deliveries.Form f, String field, String message) {
        assertThatThrownBy(() -> fd.deliveries().log(cashier, f)).isInstanceOf(Refused.class)
                .hasMessageContaining(message).extracting(t -> ((Refused) t).field()).isEqualTo(field);
    }
}
