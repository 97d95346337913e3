package org.counterdesk.frontdesk;

import java.time.ZoneId;
import org.counterdesk.organisation.CounterSetup;

/**
 * What the desk's emails (a visitor arrived, a delivery waiting) have in common: the kind of
 * record each is written from, the organisation's clock for the times they state, and the
 * layout of the body: the greeting, by first name to a person and by name to a unit, the news,
 * the details with their labels lined up, what the reader is asked to do, and who sent it.
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

    /** The body for {@code recipient}, begun with the greeting and {@code news}: add the details, then end it. */
    protected static Body body(Contact recipient, String news) {
        return new Body(greeting(recipient), news);
    }

    /** "Hello Robyn," to a person, "Hello Planning," to a unit. */
    private static String greeting(Contact recipient) {
        return "Hello " + (recipient.isPerson() ? recipient.name().split(" ")[0] : recipient.name()) + ",";
    }

    /** A body being written: the details one to a line, their values lined up after the labels. */
    protected static final class Body {

        private static final int LABEL_WIDTH = 15;
        private final StringBuilder text = new StringBuilder();

        private Body(String greeting, String news) {
            text.append(greeting).append("\n\n").append(news).append("\n\n");
        }

        /** A line "Label: value"; none when there is no value. */
        public Body detail(String label, Object value) {
            if (value != null) {
                text.append(String.format("  %-" + LABEL_WIDTH + "s", label + ":")).append(value).append('\n');
            }
            return this;
        }

        /** The body, closed with {@code ask} and the desk's signature, followed by {@code footnote} if any. */
        public String end(String ask, String footnote) {
            return text.append('\n').append(ask).append("\n\n-- Sent by Counterdesk at the front desk.")
                    .append(footnote.isEmpty() ? "" : " " + footnote).append('\n').toString();
        }
    }
}
