package org.counterdesk.frontdesk;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Telling hosts and units that someone or something has arrived. A notification is queued in
 * the same transaction as the visit or delivery, so the record never depends on the email:
 * with an email server set up and an address for the host it goes to the outbox, which
 * {@link OutboxSender} works through; otherwise the desk is asked to phone, and records it.
 */
public final class Notifications {

    private final Jdbi jdbi;
    private final Journal journal;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Notifications(Jdbi jdbi, Journal journal, Clock clock) {
        this.jdbi = jdbi;
        this.journal = journal;
        this.clock = clock;
    }

    /** Queues telling {@code to} about record {@code subjectId}, within the caller's transaction. */
    public Notification queue(Handle h, FrontDeskSettings settings, String subjectType, long subjectId, Contact to) {
        NotificationDao dao = new NotificationDao(h);
        boolean email = settings.emailConfigured() && to.emailAddress().isPresent();
        long id = dao.insert(subjectType, subjectId, email ? Notification.Channel.EMAIL : Notification.Channel.PHONE,
                ContactRef.of(to), email ? to.email() : null,
                email ? NotificationState.QUEUED : NotificationState.PHONE_DUE, clock.instant());
        return dao.byId(id).orElseThrow();
    }

    /** The newest notification of each record, by record id. */
    public Map<Long, Notification> latestFor(String subjectType, Collection<Long> subjectIds) {
        return jdbi.withHandle(h -> new NotificationDao(h).latestFor(subjectType, subjectIds));
    }

    /**
     * Records that the desk told the host by phone; it also stops an email that is not getting
     * through from being tried again. Journaled by the notification's id.
     */
    public void recordPhoned(Actor actor, long notificationId) {
        jdbi.useTransaction(h -> {
            NotificationDao dao = new NotificationDao(h);
            Notification n = dao.byId(notificationId).orElseThrow(() -> new Refused("There is no such notification."));
            if (!dao.phoned(notificationId, actor.staff().id(), clock.instant())) {
                throw new Refused("They have already been told (" + (n.state() == NotificationState.SENT ? "by email"
                        : "by phone") + ").");
            }
            journal.append(h, JournalEvent.of("HOST_TOLD_BY_PHONE", actor.staffNumber(), actor.terminalCode(),
                    n.subjectType(), n.subjectId()).with("notification", notificationId));
        });
        changed();
    }

    /**
     * Runs {@code listener} (on the thread that made the change) whenever a notification
     * changes, until the returned subscription is closed.
     */
    public Subscription subscribe(Runnable listener) {
        // A wrapper of our own, so that the same listener subscribed twice is taken off once per close.
        Runnable entry = listener::run;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** How many listeners are subscribed now (screens of people signed in, mostly). */
    public int listenerCount() {
        return listeners.size();
    }

    /** Tells the listeners that notifications or the lists they belong to have changed. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }
}
