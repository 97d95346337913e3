package org.counterdesk.receipting;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.money.Money;

/**
 * A batch of payments received by mail, keyed against the control count and total written on
 * its header. It can be finished only when the receipts keyed into it (voids excluded) match.
 */
public record MailBatch(long id, String batchNo, String description, long openedById, String openedBy,
                        Instant openedAt, LocalDate businessDate, int controlCount, Money controlTotal,
                        int keyedCount, Money keyedTotal, Instant finishedAt) {

    public boolean finished() {
        return finishedAt != null;
    }

    public boolean balanced() {
        return keyedCount == controlCount && keyedTotal.equals(controlTotal);
    }

    public int countStillToKey() {
        return controlCount - keyedCount;
    }

    public Money totalStillToKey() {
        return controlTotal.minus(keyedTotal);
    }
}
