package org.counterdesk.exchange.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The rows a batch is made from, read as they were recorded (all of them insert-only). */
final class Rows {

    private Rows() {
    }

    /** The organisation as it stood when the day was closed, so a later change cannot alter a batch. */
    record Org(String name, String abn, ZoneId zone, String roundingGl, String overShortGl, String pettyCashGl,
               String dishonourFeesGl) {
    }

    record Closure(long id, long terminalId, String terminalCode, String terminalName, String site, long number,
                   String closureNo, LocalDate businessDate, Instant closedAt, String closedBy, String firstReceiptNo,
                   String lastReceiptNo, int receipts, int voids, int reversals, long receipted, long voided,
                   long reversed, long period, long gst, long rounding, long pettyCash, long overShort, long previous,
                   long grand, String journalHead) {
    }

    record GlTotal(String gl, String taxCode, long amount, long gst) {
    }

    record TenderTotal(String kind, long amount) {
    }

    record Receipt(long id, long number, String receiptNo, Instant postedAt, String cashier, String drawer,
                   String mailBatchNo, String payerName, String payerAbn, long total, long gst, long rounding,
                   long change, String voidNo) {
    }

    record Line(long receiptId, int lineNo, String feeCode, String description, String gl, String taxCode,
                String reference, int quantity, long unitPrice, long amount, long gst) {
    }

    record Tender(long receiptId, int lineNo, String kind, long amount, String eftposRef, String chequeDrawer,
                  String chequeBank, String chequeBsb, String chequeNumber, String moIssuer, String moNumber) {
    }

    record Void(String voidNo, long number, String receiptNo, Instant voidedAt, String voidedBy, String approvedBy,
                String reason, String refundReference, long amount, long gst) {
    }

    record Reversal(long id, String reversalNo, long number, String receiptNo, LocalDate receiptDate, int tenderLine,
                    long amount, String bankNotice, LocalDate noticeDate, long bankFee, Instant recordedAt,
                    String recordedBy, List<ReversalLine> lines) {
    }

    record ReversalLine(long reversalId, int lineNo, String feeCode, String gl, String taxCode, long amount, long gst) {
    }

    record PettyCash(String voucherNo, String drawer, Instant recordedAt, long amount, String gl, String purpose,
                     String docketRef, String approvedBy) {
    }

    record Variance(String drawer, long sessionId, Instant closedAt, String outcome, long variance, String decision,
                    String decidedBy) {
    }

    record Deposit(long id, String depositNo, String reference, Instant preparedAt, String preparedBy,
                   String checkedBy, long cash, long cheques, long moneyOrders, long total, long eftpos,
                   List<Piece> pieces, List<Instrument> instruments, List<Banked> drawers) {
    }

    /** A drawer session a deposit holds, with the terminal whose drawer it was (a site deposit holds several). */
    record Banked(long depositId, String terminal, String drawer, long sessionId) {
    }

    record Piece(long depositId, String denomination, long quantity, long value) {
    }

    record Instrument(long depositId, String receiptNo, int tenderLine, String kind, long amount, String drawer,
                      String bank, String bsb, String number, String issuer, String moNumber) {
    }
}
