package org.counterdesk.receipting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;

/** A posted receipt as stored, with its void if it has one. */
public record Receipt(long id, String receiptNo, String terminalCode, Instant postedAt, LocalDate businessDate,
                      long cashierId, String cashierName, String cashierNumber, long sessionId, String mailBatchNo,
                      String payerName, String payerAbn, Money total, Money gst, Money rounding, Money change,
                      List<ReceiptLine> lines, List<Tender> tenders, Optional<VoidRecord> voided) {

    public Receipt {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
    }

    public boolean taxInvoice() {
        return lines.stream().anyMatch(l -> l.taxCode().taxable());
    }

    public boolean isVoided() {
        return voided.isPresent();
    }

    public boolean hasEftpos() {
        return tenders.stream().anyMatch(t -> t.kind() == TenderKind.EFTPOS);
    }

    /** The amount the customer paid net of change: total plus rounding. */
    public Money taken() {
        return total.plus(rounding);
    }

    /** A short summary of how it was paid, for lists. */
    public String tenderSummary() {
        return String.join(" + ", tenders.stream().map(t -> t.kind().label()).distinct().toList());
    }
}
