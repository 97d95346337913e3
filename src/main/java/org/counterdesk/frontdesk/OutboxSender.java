package org.counterdesk.frontdesk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the outbox: sends each due email, and after a failure tries again later,
 * waiting twice as long each time (30 s, 1 min, 2 min … up to 15 min) until the email goes or,
 * after {@link #GIVE_UP_AFTER}, gives up and leaves it to the desk to phone. Logs name the
 * notification and record ids only, never a visitor's details.
 */
public record OutboxSender(Jdbi jdbi, FrontDeskConfig config, Directory directory, Notifications notifications,
                           MailTransport transport, Clock clock, Map<String, NotificationWriter> writers) {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(8);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    public OutboxSender(Jdbi jdbi, FrontDeskConfig config, Directory directory, Notifications notifications,
                        MailTransport transport, Clock clock, List<NotificationWriter> writers) {
        this(jdbi, config, directory, notifications, transport, clock, writers.stream()
                .collect(Collectors.toUnmodifiableMap(NotificationWriter::subjectType, Function.identity())));
    }

    /** Sends every email that is due now; returns how many went. */
    public synchronized int sendDue() {
        FrontDeskSettings settings = config.settings();
        List<Notification> due = jdbi.withHandle(h -> new NotificationDao(h).due(clock.instant(), 50));
        int sent = 0;
        for (Notification n : due) {
            if (settings.smtp().isEmpty()) {
                jdbi.useHandle(h -> new NotificationDao(h).toPhone(n.id(), "No email server is set up"));
                notifications.changed();
                continue;
            }
            Instant now = clock.instant();
            if (!jdbi.inTransaction(h -> new NotificationDao(h).lease(n.id(), now, now.plus(LEASE)))) {
                continue;
            }
            if (send(settings.smtp().get(), n)) {
                sent++;
            }
            notifications.changed();
        }
        return sent;
    }

    private boolean send(SmtpSettings server, Notification n) {
        Optional<EmailText> email;
        try {
            email = jdbi.withHandle(h -> {
                NotificationWriter writer = writers.get(n.subjectType());
                return writer == null ? Optional.<EmailText>empty()
                        : writer.write(h, n.subjectId(), directory.contact(h, n.to()));
            });
        } catch (RuntimeException e) {
            LOG.error("Could not write notification {} ({} {})", n.id(), n.subjectType(), n.subjectId(), e);
            failed(n, new MailFailure("the message could not be written (details in the log)", false, e));
            return false;
        }
        if (email.isEmpty()) {
            jdbi.useHandle(h -> new NotificationDao(h).failed(n.id(), NotificationState.GAVE_UP,
                    "nothing to send: the record has gone", null));
            return false;
        }
        try {
            transport.send(server, n.address(), email.get());
            jdbi.useHandle(h -> new NotificationDao(h).sent(n.id(), clock.instant()));
            LOG.info("Notification {} ({} {}) sent after {} earlier attempts", n.id(), n.subjectType(), n.subjectId(),
                    n.attempts());
            return true;
        } catch (MailFailure f) {
            failed(n, f);
            return false;
        }
    }

    private void failed(Notification n, MailFailure f) {
        Instant now = clock.instant();
        int attempts = n.attempts() + 1;
        boolean giveUp = f.permanent() || !now.isBefore(n.createdAt().plus(GIVE_UP_AFTER));
        Instant next = giveUp ? null : now.plus(backoff(attempts));
        String error = f.getMessage().length() > 400 ? f.getMessage().substring(0, 400) : f.getMessage();
        jdbi.useHandle(h -> new NotificationDao(h).failed(n.id(), giveUp ? NotificationState.GAVE_UP
                : NotificationState.RETRYING, error, next));
        LOG.warn("Notification {} ({} {}) not sent, attempt {}{}: {}", n.id(), n.subjectType(), n.subjectId(), attempts,
                giveUp ? ", giving up" : ", will retry at " + next, error);
    }

    /** How long to wait after the {@code attempts}-th failure: 30 s doubling, at most 15 minutes. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
