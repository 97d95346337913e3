package org.counterdesk.frontdesk.ui;

import java.util.function.Consumer;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;

/**
 * Records, for a desk screen, that the desk phoned someone the outbox could not email (a
 * visitor's host, a parcel's recipient): refused in the screen's message when there is no call
 * left to record, said in its status line when recorded.
 */
public record PhoneCalls(Actor actor, Notifications notifications, Background background, FormErrors errors,
                         Consumer<String> status) {

    /**
     * Records that {@code who} was told of {@code n} by phone, then runs {@code then} (to read the
     * list again); says {@code chooseFirst} when {@code n} is missing or already told.
     */
    public void record(Notification n, Contact who, String chooseFirst, Runnable then) {
        errors.clear();
        if (n == null || n.told()) {
            errors.setGeneral(chooseFirst);
            return;
        }
        background.run(() -> {
            notifications.recordPhoned(actor, n.id());
            return who;
        }, told -> {
            status.accept("Recorded: " + told.describe() + " was told by phone.");
            then.run();
        }, errors::show);
    }
}
