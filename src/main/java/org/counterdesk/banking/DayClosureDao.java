package org.counterdesk.banking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for day closures: insert and read only. */
record DayClosureDao(Handle h) {

    /** Business dates of the terminal with any activity (sessions, receipts, dishonours) and no closure, oldest first. */
    List<LocalDate> unclosedDates(long terminalId) {
        return h.createQuery("SELECT d FROM (SELECT s.business_date AS d FROM drawer_session s JOIN drawer w "
                        + "ON w.id = s.drawer_id WHERE w.terminal_id = :t AND NOT s.implicit_open "
                        + "UNION SELECT r.business_date FROM receipt r WHERE r.terminal_id = :t "
                        + "UNION SELECT x.business_date FROM dishonour x WHERE x.terminal_id = :t) a "
                        + "WHERE NOT EXISTS (SELECT 1 FROM day_closure c WHERE c.terminal_id = :t AND c.business_date = a.d) "
                        + "ORDER BY d")
                .bind("t", terminalId).mapTo(LocalDate.class).list();
    }

    Optional<Long> idOn(long terminalId, LocalDate date) {
        return h.createQuery("SELECT id FROM day_closure WHERE terminal_id = :t AND business_date = :d")
                .bind("t", terminalId).bind("d", date).mapTo(Long.class).findOne();
    }

    Optional<LocalDate> lastClosedDate(long terminalId) {
        return h.createQuery("SELECT MAX(business_date) FROM day_closure WHERE terminal_id = :t").bind("t", terminalId)
                .mapTo(LocalDate.class).findOne();
    }

    Money lastGrandTotal(long terminalId) {
        return h.createQuery("SELECT grand_total_cents FROM day_closure WHERE terminal_id = :t ORDER BY number DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .bind("t", terminalId).mapTo(Long.class).findFirst().map(Money::ofCents).orElse(Money.ZERO);
    }

    boolean closed(long terminalId, LocalDate date) {
        return h.createQuery("SELECT COUNT(*) FROM day_closure WHERE terminal_id = :t AND business_date = :d")
                .bind("t", terminalId).bind("d", date).mapTo(Integer.class).one() > 0;
    }

    /** Sessions of the terminal on {@code date} that are not closed, or closed but not banked. */
    int unfinishedSessions(long terminalId, LocalDate date) {
        return h.createQuery("SELECT COUNT(*) FROM drawer_session s JOIN drawer w ON w.id = s.drawer_id "
                        + "WHERE w.terminal_id = :t AND s.business_date = :d AND NOT s.implicit_open "
                        + "AND NOT EXISTS (SELECT 1 FROM deposit_session p WHERE p.session_id = s.id)")
                .bind("t", terminalId).bind("d", date).mapTo(Integer.class).one();
    }

    long insert(long terminalId, long number, String closureNo, Instant at, long closedBy, DayFigures f,
                Money previous, Money grand, String journalHead) {
        long id = h.createUpdate("INSERT INTO day_closure (terminal_id, number, closure_no, business_date, closed_at, "
                        + "closed_by, first_receipt_no, last_receipt_no, receipts_count, voids_count, reversals_count, "
                        + "receipted_cents, voided_cents, reversed_cents, period_total_cents, gst_cents, rounding_cents, "
                        + "petty_cash_cents, over_short_cents, previous_grand_total_cents, grand_total_cents, journal_head) "
                        + "VALUES (:t, :n, :no, :d, :at, :by, :first, :last, :rc, :vc, :xc, :receipted, :voided, :reversed, "
                        + ":period, :gst, :rounding, :petty, :overShort, :previous, :grand, :head)")
                .bind("t", terminalId).bind("n", number).bind("no", closureNo).bind("d", f.date())
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", closedBy).bind("first", f.firstReceiptNo())
                .bind("last", f.lastReceiptNo()).bind("rc", f.receipts()).bind("vc", f.voids()).bind("xc", f.reversals())
                .bind("receipted", f.receipted()).bind("voided", f.voided()).bind("reversed", f.reversed())
                .bind("period", f.periodTotal()).bind("gst", f.gst()).bind("rounding", f.rounding())
                .bind("petty", f.pettyCash()).bind("overShort", f.overShort()).bind("previous", previous)
                .bind("grand", grand).bind("head", journalHead)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (DayFigures.GlLine l : f.byGl()) {
            h.createUpdate("INSERT INTO closure_gl_line (closure_id, gl, tax_code, amount_cents, gst_cents) "
                            + "VALUES (:c, :gl, :tax, :amount, :gst)")
                    .bind("c", id).bind("gl", l.gl()).bind("tax", l.taxCode()).bind("amount", l.amount())
                    .bind("gst", l.gst()).execute();
        }
        f.byTender().forEach((kind, amount) -> h.createUpdate("INSERT INTO closure_tender (closure_id, kind, amount_cents) "
                + "VALUES (:c, :k, :a)").bind("c", id).bind("k", kind).bind("a", amount).execute());
        return id;
    }

    /** Stored headline figures of a closure; the splits by fee code and cashier are added by the caller. */
    Optional<Stored> byId(long id, Map<String, Money> byFeeCode, Map<String, Money> byCashier) {
        return h.createQuery("SELECT c.*, p.full_name FROM day_closure c JOIN staff p ON p.id = c.closed_by WHERE c.id = :id")
                .bind("id", id).map((rs, ctx) -> stored(rs, glLines(id), tenders(id), byFeeCode, byCashier)).findOne();
    }

    Optional<LocalDate> dateOf(long id) {
        return h.createQuery("SELECT business_date FROM day_closure WHERE id = :id").bind("id", id)
                .mapTo(LocalDate.class).findOne();
    }

    Optional<Long> terminalOf(long id) {
        return h.createQuery("SELECT terminal_id FROM day_closure WHERE id = :id").bind("id", id).mapTo(Long.class)
                .findOne();
    }

    List<Long> ids(long terminalId) {
        return h.createQuery("SELECT id FROM day_closure WHERE terminal_id = :t ORDER BY number DESC")
                .bind("t", terminalId).mapTo(Long.class).list();
    }

    /** A closure row as stored, with its figures as they were recorded. */
    record Stored(long id, long terminalId, String closureNo, Instant closedAt, String closedBy, DayFigures figures,
                  Money previous, Money grand, String head) {
    }

    /** The GL lines as recorded with the closure. */
    List<DayFigures.GlLine> glLines(long closureId) {
        return h.createQuery("SELECT gl, tax_code, amount_cents, gst_cents FROM closure_gl_line WHERE closure_id = :c "
                        + "ORDER BY gl, tax_code")
                .bind("c", closureId).map((rs, ctx) -> new DayFigures.GlLine(rs.getString(1), rs.getString(2),
                        Money.ofCents(rs.getLong(3)), Money.ofCents(rs.getLong(4))))
                .list();
    }

    Map<String, Money> tenders(long closureId) {
        Map<String, Money> t = new LinkedHashMap<>();
        h.createQuery("SELECT kind, amount_cents FROM closure_tender WHERE closure_id = :c ORDER BY kind")
                .bind("c", closureId).map((rs, ctx) -> Map.entry(rs.getString(1), Money.ofCents(rs.getLong(2))))
                .forEach(e -> t.put(e.getKey(), e.getValue()));
        return t;
    }

    private static Stored stored(ResultSet rs, List<DayFigures.GlLine> gl, Map<String, Money> tenders,
                                 Map<String, Money> byFeeCode, Map<String, Money> byCashier) throws SQLException {
        DayFigures f = new DayFigures(rs.getObject("business_date", LocalDate.class), rs.getString("first_receipt_no"),
                rs.getString("last_receipt_no"), rs.getInt("receipts_count"), rs.getInt("voids_count"),
                rs.getInt("reversals_count"), cents(rs, "receipted_cents"), cents(rs, "voided_cents"),
                cents(rs, "reversed_cents"), cents(rs, "gst_cents"), cents(rs, "rounding_cents"),
                cents(rs, "petty_cash_cents"), cents(rs, "over_short_cents"), gl, tenders, byFeeCode, byCashier);
        return new Stored(rs.getLong("id"), rs.getLong("terminal_id"), rs.getString("closure_no"),
                rs.getObject("closed_at", OffsetDateTime.class).toInstant(), rs.getString("full_name"), f,
                cents(rs, "previous_grand_total_cents"), cents(rs, "grand_total_cents"), rs.getString("journal_head"));
    }

    private static Money cents(ResultSet rs, String column) throws SQLException {
        return Money.ofCents(rs.getLong(column));
    }
}
