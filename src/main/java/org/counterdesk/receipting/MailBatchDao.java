package org.counterdesk.receipting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for mail batches: header, finish record, and the live count and total of what was keyed. */
record MailBatchDao(Handle h) {

    private static final String SELECT = "SELECT b.*, s.full_name AS opened_name, f.finished_at, "
            + "(SELECT COUNT(*) FROM receipt r WHERE r.mail_batch_id = b.id "
            + "  AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)) AS keyed_count, "
            + "(SELECT COALESCE(SUM(r.total_cents), 0) FROM receipt r WHERE r.mail_batch_id = b.id "
            + "  AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)) AS keyed_total "
            + "FROM mail_batch b JOIN staff s ON s.id = b.opened_by LEFT JOIN mail_batch_finish f ON f.batch_id = b.id ";

    long insert(long terminalId, DocumentNumbers.Allocated no, long sessionId, long openedBy, Instant at, LocalDate date,
                int controlCount, Money controlTotal, String description) {
        return h.createUpdate("INSERT INTO mail_batch (terminal_id, number, batch_no, session_id, opened_by, opened_at, "
                        + "business_date, control_count, control_total_cents, description) VALUES (:t, :n, :no, :s, :by, :at, "
                        + ":date, :count, :total, :description)")
                .bind("t", terminalId).bind("n", no.number()).bind("no", no.text()).bind("s", sessionId)
                .bind("by", openedBy).bind("at", at.atOffset(ZoneOffset.UTC)).bind("date", date)
                .bind("count", controlCount).bind("total", controlTotal).bind("description", description)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void finish(long batchId, long by, Instant at) {
        h.createUpdate("INSERT INTO mail_batch_finish (batch_id, finished_at, finished_by) VALUES (:b, :at, :by)")
                .bind("b", batchId).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", by).execute();
    }

    Optional<MailBatch> byId(long id) {
        return h.createQuery(SELECT + "WHERE b.id = :id").bind("id", id).map((rs, ctx) -> batch(rs)).findOne();
    }

    List<MailBatch> forTerminal(long terminalId, LocalDate date) {
        return h.createQuery(SELECT + "WHERE b.terminal_id = :t AND (b.business_date = :date OR f.finished_at IS NULL) "
                        + "ORDER BY b.number DESC")
                .bind("t", terminalId).bind("date", date).map((rs, ctx) -> batch(rs)).list();
    }

    private static MailBatch batch(ResultSet rs) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new MailBatch(rs.getLong("id"), rs.getString("batch_no"), rs.getString("description"),
                rs.getLong("opened_by"), rs.getString("opened_name"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("business_date", LocalDate.class), rs.getInt("control_count"),
                Money.ofCents(rs.getLong("control_total_cents")), rs.getInt("keyed_count"),
                Money.ofCents(rs.getLong("keyed_total")), finished == null ? null : finished.toInstant());
    }
}
