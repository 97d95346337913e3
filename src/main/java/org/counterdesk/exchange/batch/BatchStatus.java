package org.counterdesk.exchange.batch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch as the Sync screen lists it: what it covers, its SHA-256, where it stands, the last
 * message (finance's on a rejection, the reason it is still queued), and when finance answered.
 */
public record BatchStatus(long number, String batchNo, LocalDate businessDate, String closureNo, Instant createdAt,
                          String sha256, long sizeBytes, BatchState state, String lastMessage, Instant ackedAt,
                          String queuedReason) {
}
