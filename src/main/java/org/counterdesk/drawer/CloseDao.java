package org.counterdesk.drawer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for the opening record, supervisors' decisions on variances, and the close. */
record CloseDao(Handle h) {

    void insertOpening(long sessionId, long countId, Money setFloat, Money difference, Long acknowledgedBy, String note) {
        h.createUpdate("INSERT INTO session_opening (session_id, count_id, set_float_cents, difference_cents, "
                        + "acknowledged_by, note) VALUES (:s, :c, :f, :d, :by, :note)")
                .bind("s", sessionId).bind("c", countId).bind("f", setFloat).bind("d", difference)
                .bind("by", acknowledgedBy).bind("note", note).execute();
    }

    Optional<Long> openingCount(long sessionId) {
        return h.createQuery("SELECT count_id FROM session_opening WHERE session_id = :s").bind("s", sessionId)
                .mapTo(Long.class).findOne();
    }

    /** The opening's count, difference and acknowledgement; the count's lines are read by {@link CountDao}. */
    record OpeningRow(long countId, Money difference, String acknowledgedBy, String note) {
    }

    Optional<OpeningRow> opening(long sessionId) {
        return h.createQuery("SELECT o.count_id, o.difference_cents, p.full_name, o.note FROM session_opening o "
                        + "LEFT JOIN staff p ON p.id = o.acknowledged_by WHERE o.session_id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> new OpeningRow(rs.getLong(1), Money.ofCents(rs.getLong(2)), rs.getString(3),
                        rs.getString(4)))
                .findOne();
    }

    long insertDecision(long sessionId, long countId, Decision decision, Money variance, long decidedBy, Instant at,
                        String note) {
        return h.createUpdate("INSERT INTO variance_decision (session_id, count_id, decision, variance_cents, decided_by, "
                        + "decided_at, note) VALUES (:s, :c, :d, :v, :by, :at, :note)")
                .bind("s", sessionId).bind("c", countId).bind("d", decision.name()).bind("v", variance)
                .bind("by", decidedBy).bind("at", at.atOffset(ZoneOffset.UTC)).bind("note", note)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void insertClose(long sessionId, long countId, Instant at, CloseOutcome outcome, Money variance, Long decisionId) {
        h.createUpdate("INSERT INTO session_close (session_id, count_id, closed_at, outcome, variance_cents, decision_id) "
                        + "VALUES (:s, :c, :at, :o, :v, :d)")
                .bind("s", sessionId).bind("c", countId).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("o", outcome.name()).bind("v", variance).bind("d", decisionId).execute();
    }

    /** The close of a session, with the supervisor's decision if there was one. */
    Optional<SessionClose> close(long sessionId) {
        return h.createQuery("SELECT c.*, v.decision, v.note, p.full_name AS decided_name FROM session_close c "
                        + "LEFT JOIN variance_decision v ON v.id = c.decision_id LEFT JOIN staff p ON p.id = v.decided_by "
                        + "WHERE c.session_id = :s")
                .bind("s", sessionId)
                .map((rs, ctx) -> new SessionClose(rs.getLong("session_id"), rs.getLong("count_id"),
                        rs.getObject("closed_at", java.time.OffsetDateTime.class).toInstant(),
                        CloseOutcome.valueOf(rs.getString("outcome")), Money.ofCents(rs.getLong("variance_cents")),
                        rs.getString("decided_name"), rs.getString("note")))
                .findOne();
    }
}
