package org.counterdesk.frontdesk;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Writes the email for one kind of record (a visit, a delivery) at the moment it is sent, from
 * the record itself: the outbox keeps no copy of the visitor's details.
 */
public interface NotificationWriter {

    /** The {@code subject_type} this writer handles ("visit", "delivery"). */
    String subjectType();

    /** The email about record {@code subjectId} for {@code recipient}; empty when there is nothing left to say. */
    Optional<EmailText> write(Handle h, long subjectId, Contact recipient);
}
