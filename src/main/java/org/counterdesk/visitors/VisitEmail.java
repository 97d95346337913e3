package org.counterdesk.visitors;

import java.util.Optional;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.DeskEmail;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.EmailText;
import org.counterdesk.organisation.CounterSetup;
import org.jdbi.v3.core.Handle;

/**
 * The "your visitor is here" email, written from the visit when the outbox sends it. The
 * subject line carries the badge, not the name; nothing is said once the visitor has left or
 * the visit has been de-identified.
 */
public final class VisitEmail extends DeskEmail {

    public VisitEmail(CounterSetup counter) {
        super(Visits.SUBJECT, counter);
    }

    @Override
    public Optional<EmailText> write(Handle h, long visitId, Contact recipient) {
        Optional<Visit> found = new VisitDao(h).byId(visitId);
        if (found.isEmpty() || found.get().deidentified() || !found.get().onSite()) {
            return Optional.empty();
        }
        Visit v = found.get();
        String site = counter().terminal().site();
        StringBuilder body = new StringBuilder()
                .append(greeting(recipient)).append("\n\n")
                .append("Your visitor has arrived at the front desk").append(site == null ? "" : " of " + site).append(".\n\n")
                .append("  Visitor:       ").append(v.name()).append('\n');
        if (v.organisation() != null) {
            body.append("  Organisation:  ").append(v.organisation()).append('\n');
        }
        body.append("  Purpose:       ").append(v.purpose()).append('\n')
                .append("  Badge:         ").append(v.badge()).append('\n')
                .append("  Signed in at:  ").append(DeskTimes.time(v.signedInAt(), zone()))
                .append("\n\nPlease come to the front desk to meet them.\n\n")
                .append("-- Sent by Counterdesk at the front desk. Reply to this email does not reach the desk; ")
                .append("phone the counter instead.\n");
        return Optional.of(new EmailText("Your visitor has arrived (badge " + v.badge() + ")", body.toString()));
    }
}
