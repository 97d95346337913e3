package org.counterdesk.frontdesk;

/**
 * Tells the outbox sender that a notification was just queued, so it goes now instead of at
 * the next timed pass. Visits and deliveries queue notifications and are built before the jobs
 * that send them (the jobs' housekeeping needs visits), so they are handed this signal first
 * and the jobs {@link #connect connect} to it once built. Until then, queuing wakes nothing:
 * the timed pass still sends it.
 */
public final class NotificationQueued implements Runnable {

    private volatile Runnable sender = () -> { };

    /** From now on, each queued notification runs {@code wake}. */
    public void connect(Runnable wake) {
        this.sender = wake;
    }

    @Override
    public void run() {
        sender.run();
    }
}
