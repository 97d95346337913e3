package org.counterdesk.banking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;
import org.jdbi.v3.core.Handle;

/**
 * SQL that adds up a terminal's business day: receipts dated that day, voids and dishonours
 * recorded that day, and the sessions opened that day (petty cash, over/short).
 */
record DayFiguresDao(Handle h, long terminal, LocalDate date) {

    private static final String RECEIPTS = "FROM receipt r WHERE r.terminal_id = :t AND r.business_date = :d";
    private static final String VOIDED = " AND EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)";
    private static final String KEPT = " AND NOT EXISTS (SELECT 1 FROM receipt_void v WHERE v.receipt_id = r.id)";
    private static final String REVERSALS = "FROM dishonour x WHERE x.terminal_id = :t AND x.business_date = :d";
    private static final String SESSIONS = "FROM drawer_session s JOIN drawer w ON w.id = s.drawer_id "
            + "WHERE w.terminal_id = :t AND s.business_date = :d";

    DayFigures figures() {
        Money reversed = money("SELECT COALESCE(SUM(x.amount_cents), 0) " + REVERSALS);
        Map<String, Money> byTender = new LinkedHashMap<>();
        byTender.put(TenderKind.CASH.name(), money("SELECT COALESCE(SUM(t.amount_cents), 0) FROM tender t JOIN receipt r ON r.id = "
                + "t.receipt_id WHERE r.terminal_id = :t AND r.business_date = :d AND t.kind = 'CASH'" + KEPT)
                .minus(money("SELECT COALESCE(SUM(r.change_cents), 0) " + RECEIPTS + KEPT)));
        for (TenderKind kind : TenderKind.NOT_CASH) {
            byTender.put(kind.name(), money("SELECT COALESCE(SUM(t.amount_cents), 0) FROM tender t JOIN receipt r ON r.id = "
                    + "t.receipt_id WHERE r.terminal_id = :t AND r.business_date = :d AND t.kind = '" + kind.name() + "'" + KEPT));
        }
        byTender.put(TenderKind.CHEQUE.name(), byTender.get(TenderKind.CHEQUE.name()).minus(reversed));
        return new DayFigures(date, receiptNo("MIN"), receiptNo("MAX"),
                count("SELECT COUNT(*) " + RECEIPTS),
                count("SELECT COUNT(*) FROM receipt_void v WHERE v.terminal_id = :t AND v.business_date = :d"),
                count("SELECT COUNT(*) " + REVERSALS),
                money("SELECT COALESCE(SUM(r.total_cents), 0) " + RECEIPTS),
                money("SELECT COALESCE(SUM(r.total_cents), 0) " + RECEIPTS + VOIDED), reversed,
                money("SELECT COALESCE(SUM(r.gst_cents), 0) " + RECEIPTS + KEPT)
                        .minus(money("SELECT COALESCE(SUM(l.gst_cents), 0) FROM dishonour_line l JOIN dishonour x "
                                + "ON x.id = l.dishonour_id WHERE x.terminal_id = :t AND x.business_date = :d")),
                money("SELECT COALESCE(SUM(r.rounding_cents), 0) " + RECEIPTS + KEPT),
                money("SELECT COALESCE(SUM(m.amount_cents), 0) FROM cash_movement m WHERE m.kind = 'PETTY_CASH' "
                        + "AND m.session_id IN (SELECT s.id " + SESSIONS + ")"),
                money("SELECT COALESCE(SUM(c.variance_cents), 0) FROM session_close c WHERE c.session_id IN (SELECT s.id "
                        + SESSIONS + ")"),
                glLines(), byTender,
                totals("SELECT l.fee_code, SUM(l.amount_cents) FROM receipt_line l JOIN receipt r ON r.id = l.receipt_id "
                        + "WHERE r.terminal_id = :t AND r.business_date = :d" + KEPT + " GROUP BY l.fee_code ORDER BY 1"),
                totals("SELECT p.full_name, SUM(r.total_cents) FROM receipt r JOIN staff p ON p.id = r.cashier_id "
                        + "WHERE r.terminal_id = :t AND r.business_date = :d" + KEPT + " GROUP BY p.full_name ORDER BY 1"));
    }

    /** Receipt lines kept (not voided) less dishonour lines, by GL account and tax code. */
    private List<DayFigures.GlLine> glLines() {
        Map<String, long[]> sums = new LinkedHashMap<>();
        h.createQuery("SELECT l.gl, l.tax_code, SUM(l.amount_cents), SUM(l.gst_cents) FROM receipt_line l "
                        + "JOIN receipt r ON r.id = l.receipt_id WHERE r.terminal_id = :t AND r.business_date = :d" + KEPT
                        + " GROUP BY l.gl, l.tax_code ORDER BY 1, 2")
                .bind("t", terminal).bind("d", date)
                .map((rs, ctx) -> new Object[] {rs.getString(1) + "|" + rs.getString(2), rs.getLong(3), rs.getLong(4)})
                .forEach(row -> add(sums, (String) row[0], (Long) row[1], (Long) row[2]));
        h.createQuery("SELECT l.gl, l.tax_code, SUM(l.amount_cents), SUM(l.gst_cents) FROM dishonour_line l "
                        + "JOIN dishonour x ON x.id = l.dishonour_id WHERE x.terminal_id = :t AND x.business_date = :d "
                        + "GROUP BY l.gl, l.tax_code ORDER BY 1, 2")
                .bind("t", terminal).bind("d", date)
                .map((rs, ctx) -> new Object[] {rs.getString(1) + "|" + rs.getString(2), rs.getLong(3), rs.getLong(4)})
                .forEach(row -> add(sums, (String) row[0], -(Long) row[1], -(Long) row[2]));
        List<DayFigures.GlLine> lines = new ArrayList<>();
        sums.forEach((key, v) -> {
            String[] parts = key.split("\\|");
            lines.add(new DayFigures.GlLine(parts[0], parts[1], Money.ofCents(v[0]), Money.ofCents(v[1])));
        });
        lines.sort((a, b) -> (a.gl() + a.taxCode()).compareTo(b.gl() + b.taxCode()));
        return lines;
    }

    private static void add(Map<String, long[]> sums, String key, long amount, long gst) {
        long[] v = sums.computeIfAbsent(key, k -> new long[2]);
        v[0] += amount;
        v[1] += gst;
    }

    /** Each fee code receipted that day with its description as receipted, for reports that list codes. */
    Map<String, String> feeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        h.createQuery("SELECT l.fee_code, MIN(l.description) FROM receipt_line l JOIN receipt r ON r.id = l.receipt_id "
                        + "WHERE r.terminal_id = :t AND r.business_date = :d GROUP BY l.fee_code ORDER BY 1")
                .bind("t", terminal).bind("d", date)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    private Map<String, Money> totals(String sql) {
        Map<String, Money> totals = new LinkedHashMap<>();
        h.createQuery(sql).bind("t", terminal).bind("d", date)
                .map((rs, ctx) -> Map.entry(rs.getString(1), Money.ofCents(rs.getLong(2))))
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }

    private String receiptNo(String minOrMax) {
        return h.createQuery("SELECT r.receipt_no " + RECEIPTS + " AND r.number = (SELECT " + minOrMax + "(r.number) "
                        + RECEIPTS + ")")
                .bind("t", terminal).bind("d", date).mapTo(String.class).findOne().orElse(null);
    }

    private Money money(String sql) {
        return Money.ofCents(h.createQuery(sql).bind("t", terminal).bind("d", date).mapTo(Long.class).one());
    }

    private int count(String sql) {
        return h.createQuery(sql).bind("t", terminal).bind("d", date).mapTo(Integer.class).one();
    }
}
