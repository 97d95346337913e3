package org.counterdesk.exchange.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * SQL that reads a closed day's receipts, their lines and tenders, and the voids of that day,
 * each list in a fixed order so that a batch made again comes out the same.
 */
record DayRecordsDao(TerminalDayDao day) {

    private static final String DAY_RECEIPTS = "r.terminal_id = :t AND r.business_date = :d";

    List<Rows.Receipt> receipts() {
        return day.query("SELECT r.id, r.number, r.receipt_no, r.posted_at, p.staff_number, w.code AS drawer, "
                        + "b.batch_no, r.payer_name, r.payer_abn, r.total_cents, r.gst_cents, r.rounding_cents, "
                        + "r.change_cents, v.void_no FROM receipt r JOIN staff p ON p.id = r.cashier_id "
                        + "JOIN drawer_session s ON s.id = r.session_id JOIN drawer w ON w.id = s.drawer_id "
                        + "LEFT JOIN mail_batch b ON b.id = r.mail_batch_id LEFT JOIN receipt_void v ON v.receipt_id = r.id "
                        + "WHERE " + DAY_RECEIPTS + " ORDER BY r.number")
                .map((rs, ctx) -> new Rows.Receipt(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getString(14)))
                .list();
    }

    List<Rows.Line> lines() {
        return day.query("SELECT l.receipt_id, l.line_no, l.fee_code, l.description, l.gl, l.tax_code, l.reference, "
                        + "l.quantity, l.unit_price_cents, l.amount_cents, l.gst_cents FROM receipt_line l "
                        + "JOIN receipt r ON r.id = l.receipt_id WHERE " + DAY_RECEIPTS + " ORDER BY r.number, l.line_no")
                .map((rs, ctx) -> new Rows.Line(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11)))
                .list();
    }

    List<Rows.Tender> tenders() {
        return day.query("SELECT t.receipt_id, t.line_no, t.kind, t.amount_cents, t.eftpos_ref, t.cheque_drawer, "
                        + "t.cheque_bank, t.cheque_bsb, t.cheque_number, t.mo_issuer, t.mo_number FROM tender t "
                        + "JOIN receipt r ON r.id = t.receipt_id WHERE " + DAY_RECEIPTS + " ORDER BY r.number, t.line_no")
                .map((rs, ctx) -> new Rows.Tender(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)))
                .list();
    }

    /** Voids recorded on the day, with the amounts of the receipts they reverse. */
    List<Rows.Void> voids() {
        return day.query("SELECT v.void_no, v.number, r.receipt_no, v.voided_at, a.staff_number, b.staff_number, "
                        + "v.reason, v.refund_reference, r.total_cents, r.gst_cents FROM receipt_void v "
                        + "JOIN receipt r ON r.id = v.receipt_id JOIN staff a ON a.id = v.voided_by "
                        + "JOIN staff b ON b.id = v.approved_by WHERE v.terminal_id = :t AND v.business_date = :d "
                        + "ORDER BY v.number")
                .map((rs, ctx) -> new Rows.Void(rs.getString(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                        rs.getLong(10)))
                .list();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
