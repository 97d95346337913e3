package org.counterdesk.exchange.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.store.Database;

/**
 * A batch's history: each change of state is a new {@code batch_event} row, journaled in the
 * same transaction; the state is the newest event. Nothing here ever updates a row.
 */
record BatchEvents(Database database, Journal journal, Clock clock) {

    static final String SYSTEM = "SYSTEM";
    /** The details key of a journal head finance echoed: kept in the event row as an anchor. */
    static final String JOURNAL_HEAD = "journalHead";

    /**
     * Records {@code state} for the batch; {@code details} go into the journal beside the batch
     * number, and a {@code journalHead} among them is also kept in the event row.
     */
    void record(BatchDao.Stored batch, BatchState state, String actor, String message, String ackFile, Instant ackedAt,
                Map<String, Object> details) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.jdbi().useTransaction(h -> {
            new BatchDao(h).insertEvent(new BatchDao.Event(batch.id(), now, state, actor, cut(message, 1000),
                    cut(ackFile, 200), ackedAt), (String) details.get(JOURNAL_HEAD));
            JournalEvent event = JournalEvent.of("EXPORT_BATCH_" + state.name(), actor == null ? SYSTEM : actor,
                    batch.terminalCode(), "export_batch", batch.batchNo());
            for (Map.Entry<String, Object> d : details.entrySet()) {
                event = event.with(d.getKey(), d.getValue());
            }
            journal.append(h, event);
        });
    }

    /** Keeps text within its column; finance's messages and file names are not ours to bound. */
    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** The statuses of a terminal's batches, newest first. */
    List<BatchStatus> statuses(long terminalId) {
        return database.jdbi().withHandle(h -> {
            BatchDao dao = new BatchDao(h);
            Map<Long, List<BatchDao.Event>> byBatch = new HashMap<>();
            dao.events(terminalId).forEach(e -> byBatch.computeIfAbsent(e.batchId(), k -> new ArrayList<>()).add(e));
            return dao.all(terminalId).stream().map(b -> status(b, byBatch.getOrDefault(b.id(), List.of()))).toList();
        });
    }

    Optional<BatchStatus> status(long terminalId, long number) {
        return statuses(terminalId).stream().filter(s -> s.number() == number).findFirst();
    }

    private static BatchStatus status(BatchDao.Stored b, List<BatchDao.Event> events) {
        BatchDao.Event last = events.isEmpty() ? null : events.get(events.size() - 1);
        BatchState state = last == null ? BatchState.CREATED : last.state();
        // Finance's answer belongs to the state it gave: once a batch is sent again, the old answer is history.
        Instant acked = last == null ? null : last.ackedAt();
        String message = last == null ? null : last.message();
        return new BatchStatus(b.number(), b.batchNo(), b.businessDate(), b.closureNo(), b.createdAt(), b.sha256(),
                b.size(), state, message, acked, state == BatchState.QUEUED ? message : null);
    }
}
