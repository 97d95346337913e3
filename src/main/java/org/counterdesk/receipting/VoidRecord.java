package org.counterdesk.receipting;

import java.time.Instant;

/** The record that reverses a whole receipt; the receipt itself is never changed. */
public record VoidRecord(long id, String voidNo, String receiptNo, Instant voidedAt, String voidedBy, String approvedBy,
                         String reason, String refundReference) {
}
