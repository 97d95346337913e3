package org.counterdesk.receipting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for voids: inserts and reads only. */
final class VoidDao {

    private VoidDao() {
    }

    /** A void about to be stored. */
    record NewVoid(long terminalId, long number, String voidNo, long receiptId, long sessionId, long voidedBy,
                   long approvedBy, LocalDate businessDate, Instant voidedAt, String reason, String refundReference) {
    }

    static long insert(Handle h, NewVoid v) {
        return h.createUpdate("INSERT INTO receipt_void (terminal_id, number, void_no, receipt_id, session_id, voided_by, "
                        + "approved_by, business_date, voided_at, reason, refund_reference) VALUES (:terminalId, :number, "
                        + ":voidNo, :receiptId, :sessionId, :voidedBy, :approvedBy, :businessDate, :at, :reason, "
                        + ":refundReference)")
                .bind("terminalId", v.terminalId()).bind("number", v.number()).bind("voidNo", v.voidNo())
                .bind("receiptId", v.receiptId()).bind("sessionId", v.sessionId()).bind("voidedBy", v.voidedBy())
                .bind("approvedBy", v.approvedBy()).bind("businessDate", v.businessDate())
                .bind("at", v.voidedAt().atOffset(ZoneOffset.UTC)).bind("reason", v.reason())
                .bind("refundReference", v.refundReference())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static Optional<VoidRecord> forReceipt(Handle h, long receiptId, String receiptNo) {
        return h.createQuery("SELECT v.*, a.full_name AS voided_name, b.full_name AS approved_name FROM receipt_void v "
                        + "JOIN staff a ON a.id = v.voided_by JOIN staff b ON b.id = v.approved_by WHERE v.receipt_id = :r")
                .bind("r", receiptId)
                .map((rs, ctx) -> new VoidRecord(rs.getLong("id"), rs.getString("void_no"), receiptNo,
                        rs.getObject("voided_at", OffsetDateTime.class).toInstant(), rs.getString("voided_name"),
                        rs.getString("approved_name"), rs.getString("reason"), rs.getString("refund_reference")))
                .findOne();
    }
}
