package org.counterdesk.frontdesk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front desk's background work, on one daemon thread of its own so that a slow email
 * server never holds up the screens or the receipting worker: the outbox every few seconds
 * (and at once when something is queued), and the housekeeping (close-of-business sign-out,
 * retention) at start and every minute after, each task deciding for itself whether it is due.
 */
public final class FrontDeskJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDeskJobs.class);

    private final OutboxSender sender;
    private final List<Runnable> housekeeping;
    private final Duration outboxEvery;
    private final Duration housekeepingEvery;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "counterdesk-frontdesk");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean started;

    public FrontDeskJobs(OutboxSender sender, List<Runnable> housekeeping, Duration outboxEvery,
                         Duration housekeepingEvery) {
        this.sender = sender;
        this.housekeeping = List.copyOf(housekeeping);
        this.outboxEvery = outboxEvery;
        this.housekeepingEvery = housekeepingEvery;
    }

    /** Starts the schedule; the housekeeping runs straight away. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        executor.scheduleWithFixedDelay(this::housekeep, 0, housekeepingEvery.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::sendOutbox, outboxEvery.toMillis(), outboxEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Sends the outbox now (something was just queued), if the jobs are running. */
    public void kick() {
        if (started && !executor.isShutdown()) {
            executor.execute(this::sendOutbox);
        }
    }

    private void sendOutbox() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.error("The outbox could not be worked through; it will be tried again", e);
        }
    }

    private void housekeep() {
        for (Runnable task : housekeeping) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("A front desk housekeeping task failed; it will be tried again", e);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
