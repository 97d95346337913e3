package org.counterdesk.frontdesk;

/**
 * Where telling a host (or unit) stands. An email is QUEUED, then SENT, or RETRYING after a
 * failure until it is sent or the sender GAVE_UP; a phone call is PHONE_DUE until the desk
 * records it as PHONED (which the desk can also do for an email that is not getting through).
 */
public enum NotificationState {
    QUEUED, RETRYING, SENT, GAVE_UP, PHONE_DUE, PHONED;

    /** True once the host has been told (or the sender has stopped trying). */
    public boolean finished() {
        return this == SENT || this == PHONED || this == GAVE_UP;
    }

    /** True when the desk still has something to do: ring the host. */
    public boolean needsDesk() {
        return this == PHONE_DUE || this == GAVE_UP;
    }
}
