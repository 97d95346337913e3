package org.counterdesk.banking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for bank adjustments and their resolutions: inserts and reads only. */
record AdjustmentDao(Handle h) {

    long insert(long depositId, Instant at, long by, Money credited, Money difference, String reason, String bankRef) {
        return h.createUpdate("INSERT INTO bank_adjustment (deposit_id, recorded_at, recorded_by, credited_cents, "
                        + "difference_cents, reason, bank_reference) VALUES (:d, :at, :by, :credited, :diff, :reason, :ref)")
                .bind("d", depositId).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", by).bind("credited", credited)
                .bind("diff", difference).bind("reason", reason).bind("ref", bankRef)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void resolve(long adjustmentId, Instant at, long by, Resolution resolution, String note) {
        h.createUpdate("INSERT INTO adjustment_resolution (adjustment_id, resolved_at, resolved_by, resolution, note) "
                        + "VALUES (:a, :at, :by, :r, :note)")
                .bind("a", adjustmentId).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", by)
                .bind("r", resolution.name()).bind("note", note).execute();
    }

    Optional<Long> depositOf(long adjustmentId) {
        return h.createQuery("SELECT deposit_id FROM bank_adjustment WHERE id = :a").bind("a", adjustmentId)
                .mapTo(Long.class).findOne();
    }

    boolean resolved(long adjustmentId) {
        return h.createQuery("SELECT COUNT(*) FROM adjustment_resolution WHERE adjustment_id = :a").bind("a", adjustmentId)
                .mapTo(Integer.class).one() > 0;
    }

    java.util.List<BankAdjustment> forDeposit(long depositId) {
        return h.createQuery("SELECT a.*, r.resolution, r.note FROM bank_adjustment a LEFT JOIN adjustment_resolution r "
                        + "ON r.adjustment_id = a.id WHERE a.deposit_id = :d ORDER BY a.id")
                .bind("d", depositId)
                .map((rs, ctx) -> new BankAdjustment(rs.getLong("id"), rs.getLong("deposit_id"),
                        rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                        Money.ofCents(rs.getLong("credited_cents")), Money.ofCents(rs.getLong("difference_cents")),
                        rs.getString("reason"), rs.getString("bank_reference"),
                        rs.getString("resolution") == null ? null : Resolution.valueOf(rs.getString("resolution")),
                        rs.getString("note")))
                .list();
    }

    Reconciliation reconcile(Deposit d) {
        Money adjusted = sum("SELECT COALESCE(SUM(difference_cents), 0) FROM bank_adjustment WHERE deposit_id = :d", d);
        Money open = sum("SELECT COALESCE(SUM(a.difference_cents), 0) FROM bank_adjustment a WHERE a.deposit_id = :d "
                + "AND NOT EXISTS (SELECT 1 FROM adjustment_resolution r WHERE r.adjustment_id = a.id)", d);
        int count = h.createQuery("SELECT COUNT(*) FROM bank_adjustment WHERE deposit_id = :d").bind("d", d.id())
                .mapTo(Integer.class).one();
        return new Reconciliation(d, d.total().plus(adjusted), adjusted, open, count);
    }

    private Money sum(String sql, Deposit d) {
        return Money.ofCents(h.createQuery(sql).bind("d", d.id()).mapTo(Long.class).one());
    }
}
