package org.counterdesk.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;
import org.jdbi.v3.core.Handle;

/** SQL for fee schedules. A stored schedule and its fees are never changed. */
record FeeDao(Handle h) {

    long insertSchedule(LocalDate effectiveFrom, Instant at, Long importedBy, String source) {
        return h.createUpdate("INSERT INTO fee_schedule (effective_from, imported_at, imported_by, source) "
                        + "VALUES (:from, :at, :by, :source)")
                .bind("from", effectiveFrom).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", importedBy)
                .bind("source", source)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void insertFee(long scheduleId, Fee f) {
        Optional<ReferenceRule> ref = f.referenceRule();
        h.createUpdate("INSERT INTO fee (schedule_id, code, description, gl, tax_code, amount_cents, min_cents, max_cents, "
                        + "unit, ref_label, ref_scheme, ref_required) VALUES (:schedule, :code, :description, :gl, :tax, "
                        + ":amount, :min, :max, :unit, :refLabel, :refScheme, :refRequired)")
                .bind("schedule", scheduleId).bind("code", f.code()).bind("description", f.description())
                .bind("gl", f.gl()).bind("tax", f.taxCode().name())
                .bind("amount", cents(f.amount())).bind("min", cents(f.min())).bind("max", cents(f.max()))
                .bind("unit", f.unit())
                .bind("refLabel", ref.map(ReferenceRule::label).orElse(null))
                .bind("refScheme", ref.map(r -> r.scheme().name()).orElse(null))
                .bind("refRequired", ref.map(ReferenceRule::required).orElse(null))
                .execute();
    }

    /** The id of the schedule in force on {@code date}: the latest to take effect, the newest import winning ties. */
    Optional<Long> scheduleInForce(LocalDate date) {
        return h.createQuery("SELECT id FROM fee_schedule WHERE effective_from <= :date "
                        + "ORDER BY effective_from DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("date", date).mapTo(Long.class).findFirst();
    }

    /** The date the schedule in force on {@code date} took effect. */
    Optional<LocalDate> effectiveDateOn(LocalDate date) {
        return h.createQuery("SELECT effective_from FROM fee_schedule WHERE effective_from <= :date "
                        + "ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY")
                .bind("date", date).mapTo(LocalDate.class).findFirst();
    }

    /** How many schedules were imported for exactly {@code date}. */
    int schedulesFor(LocalDate date) {
        return h.createQuery("SELECT COUNT(*) FROM fee_schedule WHERE effective_from = :date").bind("date", date)
                .mapTo(Integer.class).one();
    }

    List<Fee> fees(long scheduleId) {
        return h.createQuery("SELECT * FROM fee WHERE schedule_id = :s ORDER BY code").bind("s", scheduleId)
                .map((rs, ctx) -> fee(rs)).list();
    }

    Optional<Fee> byId(long id) {
        return h.createQuery("SELECT * FROM fee WHERE id = :id").bind("id", id).map((rs, ctx) -> fee(rs)).findOne();
    }

    private static Long cents(Money m) {
        return m == null ? null : m.cents();
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Money.ofCents(v);
    }

    private static Fee fee(ResultSet rs) throws SQLException {
        String scheme = rs.getString("ref_scheme");
        ReferenceRule ref = scheme == null ? null
                : new ReferenceRule(rs.getString("ref_label"), CheckScheme.valueOf(scheme), rs.getBoolean("ref_required"));
        return new Fee(rs.getLong("id"), rs.getString("code"), rs.getString("description"), rs.getString("gl"),
                TaxCode.valueOf(rs.getString("tax_code")), money(rs, "amount_cents"), money(rs, "min_cents"),
                money(rs, "max_cents"), rs.getString("unit"), ref);
    }
}
