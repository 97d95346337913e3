package org.counterdesk.deliveries;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.frontdesk.Contact;

/** A carrier's delivery at the desk: what came, for whom, who took it in, and who collected it. */
public record Delivery(long id, LocalDate businessDate, String carrier, String consignment, int items, Contact addressedTo,
                       String receivedBy, Instant receivedAt, String collectedBy, Instant collectedAt) {

    public boolean collected() {
        return collectedAt != null;
    }
}
