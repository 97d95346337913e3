package org.counterdesk.exchange.batch;

import static org.counterdesk.exchange.batch.DayRecordsDao.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for export batches and their events: insert and read only. */
record BatchDao(Handle h) {

    private static final String BATCH = "SELECT b.id, b.terminal_id, t.code, b.number, b.batch_no, b.closure_id, "
            + "c.closure_no, c.business_date, b.created_at, b.sha256, b.size_bytes FROM export_batch b "
            + "JOIN terminal t ON t.id = b.terminal_id JOIN day_closure c ON c.id = b.closure_id ";

    /** A batch row as stored. */
    record Stored(long id, long terminalId, String terminalCode, long number, String batchNo, long closureId,
                  String closureNo, LocalDate businessDate, Instant createdAt, String sha256, long size) {

        String fileName() {
            return batchNo + ".json";
        }
    }

    /** One event of a batch's history. */
    record Event(long batchId, Instant at, BatchState state, String actor, String message, String ackFile,
                 Instant ackedAt) {
    }

    long insert(long terminalId, long number, String batchNo, long closureId, Instant createdAt, long createdBy,
                String sha256, long size) {
        return h.createUpdate("INSERT INTO export_batch (terminal_id, number, batch_no, closure_id, created_at, "
                        + "created_by, sha256, size_bytes) VALUES (:t, :n, :no, :c, :at, :by, :sha, :size)")
                .bind("t", terminalId).bind("n", number).bind("no", batchNo).bind("c", closureId)
                .bind("at", createdAt.atOffset(ZoneOffset.UTC)).bind("by", createdBy).bind("sha", sha256)
                .bind("size", size).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void insertEvent(Event e) {
        insertEvent(e, null);
    }

    /** An event with the journal head finance echoed in its acknowledgement (null if it sent none). */
    void insertEvent(Event e, String journalHead) {
        h.createUpdate("INSERT INTO batch_event (batch_id, recorded_at, state, actor, message, ack_file, acked_at, "
                        + "journal_head) VALUES (:b, :at, :state, :actor, :message, :file, :acked, :head)")
                .bind("head", journalHead)
                .bind("b", e.batchId()).bind("at", e.at().atOffset(ZoneOffset.UTC)).bind("state", e.state().name())
                .bind("actor", e.actor()).bind("message", e.message()).bind("file", e.ackFile())
                .bind("acked", e.ackedAt() == null ? null : e.ackedAt().atOffset(ZoneOffset.UTC)).execute();
    }

    Optional<Stored> forClosure(long closureId) {
        return h.createQuery(BATCH + "WHERE b.closure_id = :c").bind("c", closureId).map(this::stored).findOne();
    }

    Optional<Stored> byNumber(long terminalId, long number) {
        return h.createQuery(BATCH + "WHERE b.terminal_id = :t AND b.number = :n").bind("t", terminalId)
                .bind("n", number).map(this::stored).findOne();
    }

    Optional<Stored> byTerminalCode(String terminalCode, long number) {
        return h.createQuery(BATCH + "WHERE t.code = :code AND b.number = :n").bind("code", terminalCode)
                .bind("n", number).map(this::stored).findOne();
    }

    /** The terminal's batches, newest first. */
    List<Stored> all(long terminalId) {
        return h.createQuery(BATCH + "WHERE b.terminal_id = :t ORDER BY b.number DESC").bind("t", terminalId)
                .map(this::stored).list();
    }

    /** Every event of the terminal's batches, oldest first. */
    List<Event> events(long terminalId) {
        return h.createQuery("SELECT e.batch_id, e.recorded_at, e.state, e.actor, e.message, e.ack_file, e.acked_at "
                        + "FROM batch_event e JOIN export_batch b ON b.id = e.batch_id WHERE b.terminal_id = :t "
                        + "ORDER BY e.id")
                .bind("t", terminalId)
                .map((rs, ctx) -> new Event(rs.getLong(1), instant(rs, 2), BatchState.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7)))
                .list();
    }

    private Stored stored(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), rs.getObject(8, LocalDate.class), instant(rs, 9), rs.getString(10), rs.getLong(11));
    }
}
