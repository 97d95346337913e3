package org.counterdesk.banking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for dishonoured cheques: finding the cheque, inserting the reversal and its lines, reading it back. */
record DishonourDao(Handle h) {

    private static final String CHEQUES = "SELECT r.id AS receipt_id, r.receipt_no, r.business_date, t.line_no, "
            + "t.cheque_number, t.cheque_drawer, t.cheque_bank, t.cheque_bsb, t.amount_cents, r.payer_name, "
            + "(SELECT COUNT(*) FROM deposit_instrument i WHERE i.receipt_id = r.id AND i.tender_line = t.line_no) AS banked, "
            + "(SELECT x.reversal_no FROM dishonour x WHERE x.receipt_id = r.id AND x.tender_line = t.line_no) AS reversal "
            + "FROM tender t JOIN receipt r ON r.id = t.receipt_id WHERE t.kind = 'CHEQUE' ";

    /** Cheques whose number, or whose receipt's number, is {@code typed}. */
    List<ChequeMatch> find(String typed) {
        return h.createQuery(CHEQUES + "AND (t.cheque_number = :q OR UPPER(r.receipt_no) = UPPER(:q)) ORDER BY r.number")
                .bind("q", typed).map((rs, ctx) -> match(rs)).list();
    }

    Optional<ChequeMatch> cheque(String receiptNo, int tenderLine) {
        return h.createQuery(CHEQUES + "AND UPPER(r.receipt_no) = UPPER(:no) AND t.line_no = :l")
                .bind("no", receiptNo).bind("l", tenderLine).map((rs, ctx) -> match(rs)).findOne();
    }

    /** Does the receipt have any tender at all that is not a cheque (to say "cash receipt" plainly)? */
    boolean receiptExists(String receiptNo) {
        return h.createQuery("SELECT COUNT(*) FROM receipt WHERE UPPER(receipt_no) = UPPER(:no)").bind("no", receiptNo)
                .mapTo(Integer.class).one() > 0;
    }

    /** A dishonour about to be stored. */
    record NewDishonour(long terminalId, long number, String reversalNo, ChequeMatch cheque, String bankNotice,
                        LocalDate noticeDate, Money bankFee, LocalDate businessDate, Instant at, long by) {
    }

    long insert(NewDishonour d, List<Dishonour.Line> lines) {
        long id = h.createUpdate("INSERT INTO dishonour (terminal_id, number, reversal_no, receipt_id, tender_line, "
                        + "amount_cents, bank_notice, notice_date, bank_fee_cents, business_date, recorded_at, recorded_by) "
                        + "VALUES (:t, :n, :no, :r, :l, :amount, :notice, :noticeDate, :fee, :date, :at, :by)")
                .bind("t", d.terminalId()).bind("n", d.number()).bind("no", d.reversalNo())
                .bind("r", d.cheque().receiptId()).bind("l", d.cheque().tenderLine()).bind("amount", d.cheque().amount())
                .bind("notice", d.bankNotice()).bind("noticeDate", d.noticeDate()).bind("fee", d.bankFee())
                .bind("date", d.businessDate()).bind("at", d.at().atOffset(ZoneOffset.UTC)).bind("by", d.by())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (Dishonour.Line l : lines) {
            h.createUpdate("INSERT INTO dishonour_line (dishonour_id, line_no, gl, fee_code, tax_code, amount_cents, "
                            + "gst_cents) VALUES (:d, :n, :gl, :fee, :tax, :amount, :gst)")
                    .bind("d", id).bind("n", l.lineNo()).bind("gl", l.gl()).bind("fee", l.feeCode())
                    .bind("tax", l.taxCode()).bind("amount", l.amount()).bind("gst", l.gst()).execute();
        }
        return id;
    }

    /** A stored dishonour's own columns, before its cheque and lines are joined on. */
    private record Row(String receiptNo, int tenderLine, String reversalNo, String notice, LocalDate noticeDate,
                       Money fee, LocalDate date, Instant at, String by) {
    }

    Optional<Dishonour> byId(long id) {
        return h.createQuery("SELECT x.*, r.receipt_no, p.full_name FROM dishonour x JOIN receipt r ON r.id = x.receipt_id "
                        + "JOIN staff p ON p.id = x.recorded_by WHERE x.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Row(rs.getString("receipt_no"), rs.getInt("tender_line"), rs.getString("reversal_no"),
                        rs.getString("bank_notice"), rs.getObject("notice_date", LocalDate.class),
                        Money.ofCents(rs.getLong("bank_fee_cents")), rs.getObject("business_date", LocalDate.class),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("full_name")))
                .findOne()
                .map(r -> new Dishonour(id, r.reversalNo(), cheque(r.receiptNo(), r.tenderLine()).orElseThrow(), r.notice(),
                        r.noticeDate(), r.fee(), r.date(), r.at(), r.by(), lines(id)));
    }

    List<Dishonour.Line> lines(long dishonourId) {
        return h.createQuery("SELECT * FROM dishonour_line WHERE dishonour_id = :d ORDER BY line_no").bind("d", dishonourId)
                .map((rs, ctx) -> new Dishonour.Line(rs.getInt("line_no"), rs.getString("fee_code"), rs.getString("gl"),
                        rs.getString("tax_code"), Money.ofCents(rs.getLong("amount_cents")),
                        Money.ofCents(rs.getLong("gst_cents"))))
                .list();
    }

    private static ChequeMatch match(ResultSet rs) throws SQLException {
        return new ChequeMatch(rs.getLong("receipt_id"), rs.getString("receipt_no"),
                rs.getObject("business_date", LocalDate.class), rs.getInt("line_no"), rs.getString("cheque_number"),
                rs.getString("cheque_drawer"), rs.getString("cheque_bank"), rs.getString("cheque_bsb"),
                Money.ofCents(rs.getLong("amount_cents")), rs.getString("payer_name"), rs.getInt("banked") > 0,
                rs.getString("reversal"));
    }
}
