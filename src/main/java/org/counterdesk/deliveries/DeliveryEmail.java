package org.counterdesk.deliveries;

import java.util.Optional;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.DeskEmail;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.EmailText;
import org.counterdesk.organisation.CounterSetup;
import org.jdbi.v3.core.Handle;

/** The "a delivery is waiting for you" email, written from the delivery when the outbox sends it. */
public final class DeliveryEmail extends DeskEmail {

    public DeliveryEmail(CounterSetup counter) {
        super(Deliveries.SUBJECT, counter);
    }

    @Override
    public Optional<EmailText> write(Handle h, long deliveryId, Contact recipient) {
        return new DeliveryDao(h).byId(deliveryId).filter(d -> !d.collected()).map(d -> text(d, recipient));
    }

    private EmailText text(Delivery d, Contact recipient) {
        String body = body(recipient, "A delivery for " + d.addressedTo().describe() + " is waiting at the front desk.")
                .detail("Carrier", d.carrier())
                .detail("Consignment", d.consignment())
                .detail("Items", d.items() == 1 ? "1 item" : d.items() + " items")
                .detail("Received at", DeskTimes.dayAndTime(d.receivedAt(), zone()))
                .end("Please collect it from the front counter; the person collecting signs for it.", "");
        return new EmailText("Delivery waiting at the front desk: " + d.carrier() + " " + d.consignment(), body);
    }
}
