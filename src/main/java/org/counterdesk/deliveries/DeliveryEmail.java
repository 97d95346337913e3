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
        Optional<Delivery> found = new DeliveryDao(h).byId(deliveryId);
        if (found.isEmpty() || found.get().collected()) {
            return Optional.empty();
        }
        Delivery d = found.get();
        String items = d.items() == 1 ? "1 item" : d.items() + " items";
        String body = greeting(recipient) + "\n\n"
                + "A delivery for " + d.addressedTo().describe() + " is waiting at the front desk.\n\n"
                + "  Carrier:       " + d.carrier() + "\n"
                + "  Consignment:   " + d.consignment() + "\n"
                + "  Items:         " + items + "\n"
                + "  Received at:   " + DeskTimes.dayAndTime(d.receivedAt(), zone()) + "\n\n"
                + "Please collect it from the front counter; the person collecting signs for it.\n\n"
                + "-- Sent by Counterdesk at the front desk.\n";
        return Optional.of(new EmailText("Delivery waiting at the front desk: " + d.carrier() + " " + d.consignment(), body));
    }
}
