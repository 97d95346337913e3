package org.counterdesk.drawer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;
import org.jdbi.v3.core.Handle;

/**
 * SQL that adds up a session's receipts, voids and movements for its expected figures. Voided
 * receipts count as receipts issued but not as money held.
 */
record FiguresDao(Handle h) {

    private static final String NOT_VOIDED = " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)";
    private static final String VOIDED = " AND EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)";

    /** The session's figures so far, from its opening count onwards. */
    SessionFigures figures(long sessionId) {
        Money floatCounted = new CloseDao(h).openingCount(sessionId).map(c -> new CountDao(h).lines(c).total())
                .orElse(Money.ZERO);
        return figures(sessionId, floatCounted);
    }

    private SessionFigures figures(long sessionId, Money floatCounted) {
        MovementDao movements = new MovementDao(h);
        Money cashTaken = cashNetOfChange(sessionId, "");
        Money cashVoided = cashNetOfChange(sessionId, VOIDED);
        Map<String, Money> byTender = new LinkedHashMap<>();
        byTender.put(TenderKind.CASH.name(), cashTaken.minus(cashVoided));
        for (TenderKind kind : TenderKind.NOT_CASH) {
            byTender.put(kind.name(), tenders(sessionId, kind.name()));
        }
        return new SessionFigures(floatCounted, cashTaken, cashVoided,
                movements.total(sessionId, MovementKind.PETTY_CASH), movements.total(sessionId, MovementKind.DROP),
                movements.total(sessionId, MovementKind.TOP_UP), byTender.get(TenderKind.EFTPOS.name()), instruments(sessionId),
                count("SELECT COUNT(*) FROM receipt r WHERE r.session_id = :s", sessionId),
                count("SELECT COUNT(*) FROM receipt_void WHERE session_id = :s", sessionId),
                receiptNo(sessionId, "MIN"), receiptNo(sessionId, "MAX"), byFeeCode(sessionId), byTender,
                sum("SELECT COALESCE(SUM(r.total_cents), 0) FROM receipt r WHERE r.session_id = :s" + NOT_VOIDED, sessionId),
                sum("SELECT COALESCE(SUM(r.gst_cents), 0) FROM receipt r WHERE r.session_id = :s" + NOT_VOIDED, sessionId),
                sum("SELECT COALESCE(SUM(r.rounding_cents), 0) FROM receipt r WHERE r.session_id = :s" + NOT_VOIDED,
                        sessionId));
    }

    /** Cash tendered less change given, over the session's receipts (or only its voided ones). */
    private Money cashNetOfChange(long sessionId, String which) {
        Money tendered = sum("SELECT COALESCE(SUM(t.amount_cents), 0) FROM tender t JOIN receipt r ON r.id = t.receipt_id "
                + "WHERE r.session_id = :s AND t.kind = 'CASH'" + which, sessionId);
        Money change = sum("SELECT COALESCE(SUM(r.change_cents), 0) FROM receipt r WHERE r.session_id = :s" + which,
                sessionId);
        return tendered.minus(change);
    }

    private Money tenders(long sessionId, String kind) {
        return Money.ofCents(h.createQuery("SELECT COALESCE(SUM(t.amount_cents), 0) FROM tender t "
                        + "JOIN receipt r ON r.id = t.receipt_id WHERE r.session_id = :s AND t.kind = :k" + NOT_VOIDED)
                .bind("s", sessionId).bind("k", kind).mapTo(Long.class).one());
    }

    private List<Instrument> instruments(long sessionId) {
        return h.createQuery("SELECT r.id, t.line_no, r.receipt_no, t.kind, t.cheque_number, t.mo_number, t.cheque_drawer, "
                        + "t.mo_issuer, t.cheque_bank, t.cheque_bsb, t.amount_cents FROM tender t "
                        + "JOIN receipt r ON r.id = t.receipt_id WHERE r.session_id = :s "
                        + "AND t.kind IN ('CHEQUE', 'MONEY_ORDER')" + NOT_VOIDED + " ORDER BY r.number, t.line_no")
                .bind("s", sessionId)
                .map((rs, ctx) -> {
                    boolean cheque = rs.getString("kind").equals(TenderKind.CHEQUE.name());
                    return new Instrument(rs.getLong("id"), rs.getInt("line_no"), rs.getString("receipt_no"),
                            cheque ? Instrument.Kind.CHEQUE : Instrument.Kind.MONEY_ORDER,
                            rs.getString(cheque ? "cheque_number" : "mo_number"),
                            rs.getString(cheque ? "cheque_drawer" : "mo_issuer"), rs.getString("cheque_bank"),
                            rs.getString("cheque_bsb"), Money.ofCents(rs.getLong("amount_cents")));
                })
                .list();
    }

    private Map<String, Money> byFeeCode(long sessionId) {
        Map<String, Money> totals = new LinkedHashMap<>();
        h.createQuery("SELECT l.fee_code, SUM(l.amount_cents) FROM receipt_line l JOIN receipt r ON r.id = l.receipt_id "
                        + "WHERE r.session_id = :s" + NOT_VOIDED + " GROUP BY l.fee_code ORDER BY l.fee_code")
                .bind("s", sessionId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), Money.ofCents(rs.getLong(2))))
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }

    private String receiptNo(long sessionId, String minOrMax) {
        return h.createQuery("SELECT receipt_no FROM receipt WHERE session_id = :s AND number = (SELECT " + minOrMax
                        + "(number) FROM receipt WHERE session_id = :s)")
                .bind("s", sessionId).mapTo(String.class).findOne().orElse(null);
    }

    private Money sum(String sql, long sessionId) {
        return Money.ofCents(h.createQuery(sql).bind("s", sessionId).mapTo(Long.class).one());
    }

    private int count(String sql, long sessionId) {
        return h.createQuery(sql).bind("s", sessionId).mapTo(Integer.class).one();
    }
}
