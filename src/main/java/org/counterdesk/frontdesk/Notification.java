package org.counterdesk.frontdesk;

import java.time.Instant;

/**
 * One "your visitor is here" (or "your parcel is here") to a host or unit, as the outbox keeps
 * it: by email through the outbox, or by phone from the desk.
 */
public record Notification(long id, String subjectType, long subjectId, Channel channel, ContactRef to, String address,
                           NotificationState state, int attempts, Instant nextAttemptAt, String lastError,
                           Instant createdAt, Instant doneAt) {

    /** How the host is told. */
    public enum Channel {
        EMAIL, PHONE
    }

    public boolean told() {
        return state == NotificationState.SENT || state == NotificationState.PHONED;
    }
}
