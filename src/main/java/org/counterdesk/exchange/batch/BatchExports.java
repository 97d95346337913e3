package org.counterdesk.exchange.batch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.Database;
import org.counterdesk.store.StorageException;
import org.counterdesk.store.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each closed day to finance exactly once, as a numbered, checksummed batch: made from
 * the closed day, checked against its schema, written to the local queue, then to the outbox
 * (batch first, manifest last). An unreachable outbox leaves the batch queued with the reason;
 * {@link #deliverQueued()} sends it later. Exporting a batch again gives the same bytes.
 */
public final class BatchExports {

    private static final Logger LOG = LoggerFactory.getLogger(BatchExports.class);

    private final Database database;
    private final CounterSetup counter;
    private final Clock clock;
    private final BatchMaker maker;
    private final BatchEvents events;
    private final Courier courier;
    private final AckReader acks;

    public BatchExports(Database database, CounterSetup counter, Journal journal, Clock clock, ExchangeFolders folders,
                        WriteFault fault) {
        this.database = database;
        this.counter = counter;
        this.clock = clock;
        this.maker = new BatchMaker(database, new Ledger(database, journal), clock);
        this.events = new BatchEvents(database, journal, clock);
        this.courier = new Courier(folders, fault);
        this.acks = new AckReader(database, folders, events);
    }

    /**
     * Sends what is still queued, then exports every closed day of this terminal not yet
     * exported, oldest first; returns the batches made now.
     */
    public List<BatchResult> exportPending(Actor actor, ExportProgress progress) {
        requireSupervisor(actor);
        deliverQueued();
        List<BatchResult> done = new ArrayList<>();
        for (LocalDate day : daysNotExported()) {
            done.add(exportDay(actor, day, progress));
        }
        return done;
    }

    /** The closed day's batch, created if it has none, written to the queue and delivered to the outbox. */
    public BatchResult exportDay(Actor actor, LocalDate day, ExportProgress progress) {
        requireSupervisor(actor);
        Rows.Closure closure = database.jdbi().withHandle(h -> new ClosureSourceDao(h)
                .closure(actor.terminal().id(), day))
                .orElseThrow(() -> new Refused("day", "The business day " + day + " is not closed at " + actor.terminalCode()
                        + ": close it before exporting it."));
        BatchMaker.Made made = maker.make(actor, closure, progress);
        BatchState before = state(made.batch());
        if (before == BatchState.ACCEPTED) {
            progress.step(made.files().steps(), made.files().steps(), made.batch().batchNo()
                    + " was already accepted by finance");
            return result(made);
        }
        send(made.batch(), made.files(), progress);
        return result(made);
    }

    /** Sends every batch still waiting for the outbox; returns how many reached it. */
    public int deliverQueued() {
        int delivered = 0;
        for (BatchStatus s : events.statuses(counter.terminal().id())) {
            if (s.state().awaitsDelivery()) {
                BatchDao.Stored b = stored(s.number());
                if (send(b, maker.remake(b, ExportProgress.NONE), ExportProgress.NONE)) {
                    delivered++;
                }
            }
        }
        return delivered;
    }

    /** A supervisor sends a batch finance rejected (or read wrongly) again, byte for byte the same. */
    public void resend(Actor actor, long batchNumber) {
        requireSupervisor(actor);
        BatchDao.Stored b = stored(batchNumber);
        if (state(b) == BatchState.ACCEPTED) {
            throw new Refused("Batch " + b.batchNo() + " was accepted by finance; it is not sent again.");
        }
        events.record(b, BatchState.RESEND, actor.staffNumber(), "Sent again at the supervisor's request", null, null,
                Map.of("sha256", b.sha256()));
        send(b, maker.remake(b, ExportProgress.NONE), ExportProgress.NONE);
    }

    /**
     * Reads finance's acknowledgements in the inbox (on start and on demand). Never throws
     * because of a file: bad ones are moved aside and listed in the summary.
     */
    public AckSummary readInbox() {
        return acks.read();
    }

    /** This terminal's batches, newest first. */
    public List<BatchStatus> batches() {
        return events.statuses(counter.terminal().id());
    }

    /** Batches not accepted by finance more than a day after they were created: flagged on the main screen. */
    public List<BatchStatus> overdue() {
        return overdue(clock.instant());
    }

    /** Batches not accepted by finance and created more than a day before {@code now}. */
    public List<BatchStatus> overdue(java.time.Instant now) {
        var cutoff = now.minus(Duration.ofDays(1));
        return batches().stream().filter(s -> s.state() != BatchState.ACCEPTED && s.createdAt().isBefore(cutoff))
                .toList();
    }

    /** Closed days of this terminal that have no batch yet, oldest first. */
    public List<LocalDate> daysNotExported() {
        return database.jdbi().withHandle(h -> new ClosureSourceDao(h).closedWithoutBatch(counter.terminal().id()));
    }

    /** Queues the files, then tries the outbox; true once they are in the outbox. */
    private boolean send(BatchDao.Stored b, BatchFiles files, ExportProgress progress) {
        long total = files.steps();
        progress.step(total - 2, total, "Writing " + files.batchFileName());
        try {
            courier.queue(files);
        } catch (IOException e) {
            throw new StorageException("Batch " + b.batchNo() + " could not be written to the local queue ("
                    + e.getMessage() + "). It is recorded and goes with the next export.", e);
        }
        progress.step(total - 1, total, "Sending " + files.batchFileName());
        try {
            courier.deliver(files);
        } catch (IOException e) {
            String reason = "Waiting for the outbox: " + e.getMessage();
            LOG.warn("Batch {} stays queued: {}", b.batchNo(), reason);
            BatchStatus now = events.status(b.terminalId(), b.number()).orElseThrow();
            if (now.state() != BatchState.QUEUED || !reason.equals(now.queuedReason())) {
                events.record(b, BatchState.QUEUED, null, reason, null, null, Map.of());
            }
            progress.step(total, total, b.batchNo() + " queued: " + reason);
            return false;
        }
        events.record(b, BatchState.SENT, null, null, null, null,
                Map.of("sha256", b.sha256(), "file", files.batchFileName()));
        progress.step(total, total, b.batchNo() + " sent");
        return true;
    }

    private BatchResult result(BatchMaker.Made made) {
        BatchDao.Stored b = made.batch();
        BatchStatus s = events.status(b.terminalId(), b.number()).orElseThrow();
        return new BatchResult(b.number(), b.batchNo(), b.businessDate(), b.fileName(), b.sha256(), b.size(),
                made.created(), s.state(), s.queuedReason());
    }

    private BatchState state(BatchDao.Stored b) {
        return events.status(b.terminalId(), b.number()).orElseThrow().state();
    }

    private BatchDao.Stored stored(long number) {
        long terminal = counter.terminal().id();
        return database.jdbi().withHandle(h -> new BatchDao(h).byNumber(terminal, number))
                .orElseThrow(() -> new Refused("batch", "There is no batch " + number + " at this terminal."));
    }

    private static void requireSupervisor(Actor actor) {
        actor.require(Role.SUPERVISOR, "export days to finance");
    }
}
