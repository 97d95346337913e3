package org.counterdesk.drawer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for petty cash, drops and top-ups: inserts and reads only. */
record MovementDao(Handle h) {

    private static final String SELECT = "SELECT m.*, r.full_name AS recorded_name, a.full_name AS approved_name "
            + "FROM cash_movement m JOIN staff r ON r.id = m.recorded_by JOIN staff a ON a.id = m.approved_by ";

    /** A movement about to be stored; the petty cash fields are null for drops and top-ups. */
    record NewMovement(long sessionId, MovementKind kind, Long number, String voucherNo, Money amount, Instant at,
                       long recordedBy, long approvedBy, Long countId, String claimant, String purpose,
                       String glAccount, String docketRef) {
    }

    long insert(NewMovement m) {
        return h.createUpdate("INSERT INTO cash_movement (session_id, kind, number, voucher_no, amount_cents, recorded_at, "
                        + "recorded_by, approved_by, count_id, claimant, purpose, gl_account, docket_ref) VALUES (:s, :kind, "
                        + ":number, :voucher, :amount, :at, :by, :approvedBy, :count, :claimant, :purpose, :gl, :docket)")
                .bind("s", m.sessionId()).bind("kind", m.kind().name()).bind("number", m.number())
                .bind("voucher", m.voucherNo()).bind("amount", m.amount()).bind("at", m.at().atOffset(ZoneOffset.UTC))
                .bind("by", m.recordedBy()).bind("approvedBy", m.approvedBy()).bind("count", m.countId())
                .bind("claimant", m.claimant()).bind("purpose", m.purpose()).bind("gl", m.glAccount())
                .bind("docket", m.docketRef())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    List<CashMovement> forSession(long sessionId) {
        return h.createQuery(SELECT + "WHERE m.session_id = :s ORDER BY m.id").bind("s", sessionId)
                .map((rs, ctx) -> movement(rs)).list();
    }

    Optional<CashMovement> byId(long id) {
        return h.createQuery(SELECT + "WHERE m.id = :id").bind("id", id).map((rs, ctx) -> movement(rs)).findOne();
    }

    Money total(long sessionId, MovementKind kind) {
        return Money.ofCents(h.createQuery("SELECT COALESCE(SUM(amount_cents), 0) FROM cash_movement "
                        + "WHERE session_id = :s AND kind = :k")
                .bind("s", sessionId).bind("k", kind.name()).mapTo(Long.class).one());
    }

    private static CashMovement movement(ResultSet rs) throws SQLException {
        return new CashMovement(rs.getLong("id"), rs.getLong("session_id"), MovementKind.valueOf(rs.getString("kind")),
                rs.getString("voucher_no"), Money.ofCents(rs.getLong("amount_cents")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_name"),
                rs.getString("approved_name"), rs.getString("claimant"), rs.getString("purpose"),
                rs.getString("gl_account"), rs.getString("docket_ref"));
    }
}
