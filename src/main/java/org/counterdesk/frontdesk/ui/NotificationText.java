package org.counterdesk.frontdesk.ui;

import java.time.ZoneId;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.Notification;

/** How the lists say whether a host or unit has been told: when, how, or what went wrong. */
public final class NotificationText {

    private NotificationText() {
    }

    public static String of(Notification n, Contact to, ZoneId zone) {
        if (n == null) {
            return "";
        }
        return switch (n.state()) {
            case QUEUED -> "Email being sent\u2026";
            case RETRYING -> "Email not sent yet (" + n.attempts() + (n.attempts() == 1 ? " try" : " tries") + ", next at "
                    + DeskTimes.time(n.nextAttemptAt(), zone) + "): " + n.lastError();
            case SENT -> "Emailed " + DeskTimes.time(n.doneAt(), zone);
            case GAVE_UP -> "Email failed (" + n.lastError() + "): phone " + to.phoneText() + ", then F7";
            case PHONE_DUE -> "Phone " + to.phoneText() + ", then F7";
            case PHONED -> "Phoned " + DeskTimes.time(n.doneAt(), zone);
        };
    }
}
