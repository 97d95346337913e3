package org.counterdesk.receipting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;
import org.counterdesk.money.TenderKind;
import org.jdbi.v3.core.Handle;

/** SQL for receipts, their lines, tenders and voids: inserts and reads only, never updates. */
record ReceiptDao(Handle h) {

    private static final String HEAD = "SELECT r.*, t.code AS terminal_code, s.full_name AS cashier_name, "
            + "s.staff_number AS cashier_number, b.batch_no "
            + "FROM receipt r JOIN terminal t ON t.id = r.terminal_id JOIN staff s ON s.id = r.cashier_id "
            + "LEFT JOIN mail_batch b ON b.id = r.mail_batch_id ";

    /** The header of a receipt about to be stored. */
    record NewReceipt(long terminalId, long number, String receiptNo, long sessionId, long cashierId,
                      LocalDate businessDate, Instant postedAt, Long mailBatchId, String payerName, String payerAbn,
                      Money total, Money gst, Money rounding, Money change) {
    }

    long insert(NewReceipt r, UUID draftId) {
        return h.createUpdate("INSERT INTO receipt (terminal_id, number, receipt_no, session_id, cashier_id, business_date, "
                        + "posted_at, mail_batch_id, payer_name, payer_abn, total_cents, gst_cents, rounding_cents, "
                        + "change_cents, draft_id) VALUES (:terminalId, :number, :receiptNo, :sessionId, :cashierId, "
                        + ":businessDate, :at, :mailBatchId, :payerName, :payerAbn, :total, :gst, :rounding, :change, "
                        + ":draftId)")
                .bind("draftId", draftId)
                .bind("terminalId", r.terminalId()).bind("number", r.number()).bind("receiptNo", r.receiptNo())
                .bind("sessionId", r.sessionId()).bind("cashierId", r.cashierId()).bind("businessDate", r.businessDate())
                .bind("at", r.postedAt().atOffset(ZoneOffset.UTC)).bind("mailBatchId", r.mailBatchId())
                .bind("payerName", r.payerName()).bind("payerAbn", r.payerAbn()).bind("total", r.total())
                .bind("gst", r.gst()).bind("rounding", r.rounding()).bind("change", r.change())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void insertLine(long receiptId, int lineNo, DraftLine l) {
        h.createUpdate("INSERT INTO receipt_line (receipt_id, line_no, fee_id, fee_code, description, gl, tax_code, "
                        + "reference, quantity, unit_price_cents, amount_cents, gst_cents) VALUES (:r, :n, :feeId, :code, "
                        + ":description, :gl, :tax, :reference, :quantity, :price, :amount, :gst)")
                .bind("r", receiptId).bind("n", lineNo).bind("feeId", l.fee().id()).bind("code", l.fee().code())
                .bind("description", l.fee().description()).bind("gl", l.fee().gl())
                .bind("tax", l.fee().taxCode().name()).bind("reference", l.reference())
                .bind("quantity", l.quantity()).bind("price", l.unitPrice()).bind("amount", l.amount())
                .bind("gst", l.gst())
                .execute();
    }

    void insertTender(long receiptId, int lineNo, Tender t) {
        h.createUpdate("INSERT INTO tender (receipt_id, line_no, kind, amount_cents, eftpos_ref, cheque_drawer, cheque_bank, "
                        + "cheque_bsb, cheque_number, mo_issuer, mo_number) VALUES (:r, :n, :kind, :amount, :eftposReference, "
                        + ":chequeDrawer, :chequeBank, :chequeBsb, :chequeNumber, :issuer, :moneyOrderNumber)")
                .bindMethods(t)
                .bind("r", receiptId).bind("n", lineNo).bind("kind", t.kind().name())
                .execute();
    }

    Optional<Receipt> byNumber(String receiptNo) {
        return h.createQuery(HEAD + "WHERE r.receipt_no = :no").bind("no", receiptNo)
                .map((rs, ctx) -> header(rs)).findOne().map(this::complete);
    }

    /** The receipt posted from draft {@code draftId}, if one was. */
    Optional<Long> idByDraft(UUID draftId) {
        return h.createQuery("SELECT id FROM receipt WHERE draft_id = :d").bind("d", draftId).mapTo(Long.class).findOne();
    }

    Optional<Receipt> byId(long id) {
        return h.createQuery(HEAD + "WHERE r.id = :id").bind("id", id)
                .map((rs, ctx) -> header(rs)).findOne().map(this::complete);
    }

    /**
     * Receipts of one terminal and business date, newest first, whose number, reference, payer
     * or cheque number contains {@code text} (all of them when it is blank); a full receipt
     * number also finds that receipt from an earlier day, for a copy.
     */
    List<Receipt> search(long terminalId, LocalDate date, String text) {
        String typed = text == null ? "" : text.strip().toUpperCase();
        String like = "%" + typed + "%";
        return h.createQuery(HEAD + "WHERE r.terminal_id = :t AND (r.receipt_no = :exact OR r.business_date = :date "
                        + "AND (UPPER(r.receipt_no) LIKE :q OR UPPER(COALESCE(r.payer_name, '')) LIKE :q "
                        + "OR EXISTS (SELECT 1 FROM receipt_line l WHERE l.receipt_id = r.id AND UPPER(l.reference) LIKE :q) "
                        + "OR EXISTS (SELECT 1 FROM tender x WHERE x.receipt_id = r.id AND x.cheque_number LIKE :q))) "
                        + "ORDER BY r.number DESC")
                .bind("t", terminalId).bind("date", date).bind("q", like).bind("exact", typed)
                .map((rs, ctx) -> header(rs)).list().stream().map(this::complete).toList();
    }

    List<Receipt> inMailBatch(long batchId) {
        return h.createQuery(HEAD + "WHERE r.mail_batch_id = :b ORDER BY r.number").bind("b", batchId)
                .map((rs, ctx) -> header(rs)).list().stream().map(this::complete).toList();
    }

    private Receipt complete(Receipt head) {
        List<ReceiptLine> lines = h.createQuery("SELECT l.*, f.ref_label FROM receipt_line l JOIN fee f ON f.id = l.fee_id "
                        + "WHERE l.receipt_id = :r ORDER BY l.line_no")
                .bind("r", head.id()).map((rs, ctx) -> line(rs)).list();
        List<Tender> tenders = h.createQuery("SELECT * FROM tender WHERE receipt_id = :r ORDER BY line_no")
                .bind("r", head.id()).map((rs, ctx) -> tender(rs)).list();
        Optional<VoidRecord> voided = VoidDao.forReceipt(h, head.id(), head.receiptNo());
        return new Receipt(head.id(), head.receiptNo(), head.terminalCode(), head.postedAt(), head.businessDate(),
                head.cashierId(), head.cashierName(), head.cashierNumber(), head.sessionId(), head.mailBatchNo(),
                head.payerName(), head.payerAbn(), head.total(), head.gst(), head.rounding(), head.change(), lines,
                tenders, voided);
    }

    private static Receipt header(ResultSet rs) throws SQLException {
        return new Receipt(rs.getLong("id"), rs.getString("receipt_no"), rs.getString("terminal_code"),
                rs.getObject("posted_at", OffsetDateTime.class).toInstant(), rs.getObject("business_date", LocalDate.class),
                rs.getLong("cashier_id"), rs.getString("cashier_name"), rs.getString("cashier_number"),
                rs.getLong("session_id"), rs.getString("batch_no"), rs.getString("payer_name"), rs.getString("payer_abn"),
                cents(rs, "total_cents"), cents(rs, "gst_cents"), cents(rs, "rounding_cents"), cents(rs, "change_cents"),
                List.of(), List.of(), Optional.empty());
    }

    private static ReceiptLine line(ResultSet rs) throws SQLException {
        return new ReceiptLine(rs.getInt("line_no"), rs.getString("fee_code"), rs.getString("description"),
                rs.getString("gl"), TaxCode.valueOf(rs.getString("tax_code")), rs.getString("reference"),
                rs.getString("ref_label"), rs.getLong("quantity"), cents(rs, "unit_price_cents"), cents(rs, "amount_cents"), cents(rs, "gst_cents"));
    }

    private static Tender tender(ResultSet rs) throws SQLException {
        return new Tender(TenderKind.valueOf(rs.getString("kind")), cents(rs, "amount_cents"), rs.getString("eftpos_ref"),
                rs.getString("cheque_drawer"), rs.getString("cheque_bank"), rs.getString("cheque_bsb"),
                rs.getString("cheque_number"), rs.getString("mo_issuer"), rs.getString("mo_number"));
    }

    static Money cents(ResultSet rs, String column) throws SQLException {
        return Money.ofCents(rs.getLong(column));
    }
}
