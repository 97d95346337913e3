package org.counterdesk.exchange.batch;

import static org.counterdesk.exchange.batch.DayRecordsDao.instant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SQL for the rest of a closed day: dishonour reversals with their lines, petty cash, drawer
 * variances, and the deposits with their notes, coins and instruments, each in a fixed order.
 * A deposit is in the batch of the terminal that banked it, once, even when it holds the drawers
 * of other terminals of the site (the cash office); its {@code drawers} name each session and
 * terminal, so finance can match every terminal's day to the deposit that holds its takings.
 */
record DayExtrasDao(TerminalDayDao day) {

    private static final String SESSIONS = "SELECT s.id FROM drawer_session s JOIN drawer w ON w.id = s.drawer_id "
            + "WHERE w.terminal_id = :t AND s.business_date = :d";

    List<Rows.Reversal> reversals() {
        Map<Long, List<Rows.ReversalLine>> lines = day.query("SELECT l.dishonour_id, l.line_no, l.fee_code, l.gl, "
                        + "l.tax_code, l.amount_cents, l.gst_cents FROM dishonour_line l JOIN dishonour x "
                        + "ON x.id = l.dishonour_id WHERE x.terminal_id = :t AND x.business_date = :d ORDER BY l.line_no")
                .map((rs, ctx) -> new Rows.ReversalLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)))
                .stream().collect(Collectors.groupingBy(Rows.ReversalLine::reversalId));
        return day.query("SELECT x.id, x.reversal_no, x.number, r.receipt_no, r.business_date, x.tender_line, "
                        + "x.amount_cents, x.bank_notice, x.notice_date, x.bank_fee_cents, x.recorded_at, p.staff_number "
                        + "FROM dishonour x JOIN receipt r ON r.id = x.receipt_id JOIN staff p ON p.id = x.recorded_by "
                        + "WHERE x.terminal_id = :t AND x.business_date = :d ORDER BY x.number")
                .map((rs, ctx) -> new Rows.Reversal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getLong(7), rs.getString(8),
                        rs.getObject(9, LocalDate.class), rs.getLong(10), instant(rs, 11), rs.getString(12),
                        lines.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    List<Rows.PettyCash> pettyCash() {
        return day.query("SELECT m.voucher_no, w.code, m.recorded_at, m.amount_cents, m.gl_account, m.purpose, "
                        + "m.docket_ref, a.staff_number FROM cash_movement m JOIN drawer_session s ON s.id = m.session_id "
                        + "JOIN drawer w ON w.id = s.drawer_id JOIN staff a ON a.id = m.approved_by "
                        + "WHERE m.kind = 'PETTY_CASH' AND m.session_id IN (" + SESSIONS + ") ORDER BY m.number, m.id")
                .map((rs, ctx) -> new Rows.PettyCash(rs.getString(1), rs.getString(2), instant(rs, 3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Drawer closes of the day that were over or short. */
    List<Rows.Variance> variances() {
        return day.query("SELECT w.code, c.session_id, c.closed_at, c.outcome, c.variance_cents, d.decision, "
                        + "p.staff_number FROM session_close c JOIN drawer_session s ON s.id = c.session_id "
                        + "JOIN drawer w ON w.id = s.drawer_id LEFT JOIN variance_decision d ON d.id = c.decision_id "
                        + "LEFT JOIN staff p ON p.id = d.decided_by WHERE c.variance_cents <> 0 "
                        + "AND c.session_id IN (" + SESSIONS + ") ORDER BY w.code, c.session_id")
                .map((rs, ctx) -> new Rows.Variance(rs.getString(1), rs.getLong(2), instant(rs, 3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    List<Rows.Deposit> deposits() {
        Map<Long, List<Rows.Piece>> pieces = day.query("SELECT l.deposit_id, l.denomination, l.quantity, "
                        + "l.value_cents FROM deposit_line l JOIN deposit p ON p.id = l.deposit_id "
                        + "WHERE p.terminal_id = :t AND p.business_date = :d ORDER BY l.value_cents DESC, l.denomination")
                .map((rs, ctx) -> new Rows.Piece(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .stream().collect(Collectors.groupingBy(Rows.Piece::depositId));
        Map<Long, List<Rows.Instrument>> instruments = day.query("SELECT i.deposit_id, r.receipt_no, i.tender_line, "
                        + "t.kind, t.amount_cents, t.cheque_drawer, t.cheque_bank, t.cheque_bsb, t.cheque_number, "
                        + "t.mo_issuer, t.mo_number FROM deposit_instrument i JOIN deposit p ON p.id = i.deposit_id "
                        + "JOIN receipt r ON r.id = i.receipt_id JOIN tender t ON t.receipt_id = i.receipt_id "
                        + "AND t.line_no = i.tender_line WHERE p.terminal_id = :t AND p.business_date = :d "
                        + "ORDER BY r.number, i.tender_line")
                .map((rs, ctx) -> new Rows.Instrument(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)))
                .stream().collect(Collectors.groupingBy(Rows.Instrument::depositId));
        Map<Long, List<Rows.Banked>> drawers = day.query("SELECT ds.deposit_id, t.code, w.code, ds.session_id "
                        + "FROM deposit_session ds JOIN deposit p ON p.id = ds.deposit_id "
                        + "JOIN drawer_session s ON s.id = ds.session_id JOIN drawer w ON w.id = s.drawer_id "
                        + "JOIN terminal t ON t.id = w.terminal_id WHERE p.terminal_id = :t AND p.business_date = :d "
                        + "ORDER BY t.code, w.code, ds.session_id")
                .map((rs, ctx) -> new Rows.Banked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .stream().collect(Collectors.groupingBy(Rows.Banked::depositId));
        return day.query("SELECT p.id, p.deposit_no, p.reference, p.prepared_at, a.staff_number, b.staff_number, "
                        + "p.cash_cents, p.cheques_cents, p.money_orders_cents, p.total_cents, p.eftpos_cents "
                        + "FROM deposit p JOIN staff a ON a.id = p.prepared_by JOIN staff b ON b.id = p.checked_by "
                        + "WHERE p.terminal_id = :t AND p.business_date = :d ORDER BY p.number")
                .map((rs, ctx) -> new Rows.Deposit(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), pieces.getOrDefault(rs.getLong(1), List.of()),
                        instruments.getOrDefault(rs.getLong(1), List.of()),
                        drawers.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }
}
