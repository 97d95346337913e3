package org.counterdesk.exchange.batch;

import static org.counterdesk.exchange.batch.DayRecordsDao.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the closure a batch covers, its recorded totals, and the organisation as it then stood. */
record ClosureSourceDao(Handle h) {

    private static final String CLOSURE = "SELECT c.id, c.terminal_id, t.code, t.name, t.site, c.number, c.closure_no, "
            + "c.business_date, c.closed_at, p.staff_number, c.first_receipt_no, c.last_receipt_no, c.receipts_count, "
            + "c.voids_count, c.reversals_count, c.receipted_cents, c.voided_cents, c.reversed_cents, "
            + "c.period_total_cents, c.gst_cents, c.rounding_cents, c.petty_cash_cents, c.over_short_cents, "
            + "c.previous_grand_total_cents, c.grand_total_cents, c.journal_head FROM day_closure c "
            + "JOIN terminal t ON t.id = c.terminal_id JOIN staff p ON p.id = c.closed_by ";

    Optional<Rows.Closure> closure(long terminalId, LocalDate date) {
        return h.createQuery(CLOSURE + "WHERE c.terminal_id = :t AND c.business_date = :d")
                .bind("t", terminalId).bind("d", date).map((rs, ctx) -> new Rows.Closure(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), instant(rs, 9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getLong(16), rs.getLong(17),
                        rs.getLong(18), rs.getLong(19), rs.getLong(20), rs.getLong(21), rs.getLong(22), rs.getLong(23),
                        rs.getLong(24), rs.getLong(25), rs.getString(26)))
                .findOne();
    }

    /** Closed days of the terminal that have no batch yet, oldest first. */
    List<LocalDate> closedWithoutBatch(long terminalId) {
        return h.createQuery("SELECT c.business_date FROM day_closure c WHERE c.terminal_id = :t AND NOT EXISTS "
                        + "(SELECT 1 FROM export_batch b WHERE b.closure_id = c.id) ORDER BY c.number")
                .bind("t", terminalId).mapTo(LocalDate.class).list();
    }

    List<Rows.GlTotal> glTotals(long closureId) {
        return h.createQuery("SELECT gl, tax_code, amount_cents, gst_cents FROM closure_gl_line WHERE closure_id = :c "
                        + "ORDER BY gl, tax_code")
                .bind("c", closureId)
                .map((rs, ctx) -> new Rows.GlTotal(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<Rows.TenderTotal> tenderTotals(long closureId) {
        return h.createQuery("SELECT kind, amount_cents FROM closure_tender WHERE closure_id = :c ORDER BY kind")
                .bind("c", closureId).map((rs, ctx) -> new Rows.TenderTotal(rs.getString(1), rs.getLong(2))).list();
    }

    /** The organisation row in force at {@code at}: a later change of name or accounts never alters a batch. */
    Rows.Org organisationAt(Instant at) {
        return h.createQuery("SELECT name, abn, time_zone, gl_cash_rounding, gl_cash_over_short, gl_petty_cash, "
                        + "gl_dishonour_fees FROM organisation WHERE recorded_at <= :at ORDER BY id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .map((rs, ctx) -> new Rows.Org(rs.getString(1), rs.getString(2), ZoneId.of(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .findOne().orElseThrow(() -> new IllegalStateException("No organisation recorded before " + at));
    }
}
