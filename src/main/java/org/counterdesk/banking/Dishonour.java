package org.counterdesk.banking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.counterdesk.money.Money;

/**
 * A dishonoured cheque: the reversal of the cheque's payment, linked to its receipt (which is
 * never changed), with the bank's notice, its fee, and how the amount comes off the receipt's
 * lines (so the GL figures of the day it is recorded reverse the right accounts).
 */
public record Dishonour(long id, String reversalNo, ChequeMatch cheque, String bankNotice, LocalDate noticeDate,
                        Money bankFee, LocalDate businessDate, Instant recordedAt, String recordedBy, List<Line> lines) {

    public Dishonour {
        lines = List.copyOf(lines);
    }

    /** The part of the reversal that comes off one receipt line. */
    public record Line(int lineNo, String feeCode, String gl, String taxCode, Money amount, Money gst) {
    }

    /** What the payer owes again: the cheque, plus the bank's fee passed on. */
    public Money owing() {
        return cheque.amount().plus(bankFee);
    }
}
