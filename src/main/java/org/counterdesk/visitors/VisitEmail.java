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
        return new VisitDao(h).byId(visitId).filter(v -> !v.deidentified() && v.onSite()).map(v -> text(v, recipient));
    }

    private EmailText text(Visit v, Contact recipient) {
        String site = counter().terminal().site();
        String news = "Your visitor has arrived at the front desk" + (site == null ? "" : " of " + site) + ".";
        String body = body(recipient, news)
                .detail("Visitor", v.name())
                .detail("Organisation", v.organisation())
                .detail("Purpose", v.purpose())
                .detail("Badge", v.badge())
                .detail("Signed in at", DeskTimes.time(v.signedInAt(), zone()))
                .end("Please come to the front desk to meet them.",
                        "Reply to this email does not reach the desk; phone the counter instead.");
        return new EmailText("Your visitor has arrived (badge " + v.badge() + ")", body);
    }
}
