package org.counterdesk.frontdesk;

import java.time.ZoneId;
import org.counterdesk.organisation.CounterSetup;

/**
 * What the desk's emails (a visitor arrived, a delivery waiting) have in common: the kind of
 * record each is written from, the organisation's clock for the times they state, and the
 * greeting, by first name to a person and by name to a unit.
 */
public abstract class DeskEmail implements NotificationWriter {

    private final String subjectType;
    private final CounterSetup counter;

    protected DeskEmail(String subjectType, CounterSetup counter) {
        this.subjectType = subjectType;
        this.counter = counter;
    }

    @Override
    public final String subjectType() {
        return subjectType;
    }

    protected final CounterSetup counter() {
        return counter;
    }

    /** The organisation's time zone, in which the email states times. */
    protected final ZoneId zone() {
        return counter.organisation().timeZone();
    }

    /** "Hello Robyn," to a person, "Hello Planning," to a unit. */
    protected static String greeting(Contact recipient) {
        return "Hello " + (recipient.isPerson() ? recipient.name().split(" ")[0] : recipient.name()) + ",";
    }
}
