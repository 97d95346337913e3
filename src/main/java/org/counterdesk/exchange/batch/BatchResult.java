package org.counterdesk.exchange.batch;

import java.time.LocalDate;

/**
 * What exporting one day did: the batch (created now or before), its file name and SHA-256,
 * and whether it reached the outbox ({@link BatchState#SENT}) or waits in the queue (with why).
 */
public record BatchResult(long number, String batchNo, LocalDate businessDate, String fileName, String sha256,
                          long sizeBytes, boolean created, BatchState state, String queuedReason) {

    public boolean delivered() {
        return state == BatchState.SENT || state == BatchState.ACCEPTED;
    }
}
