package org.counterdesk.banking;

import java.time.Instant;
import org.counterdesk.money.Money;

/** One report from the bank against a deposit, and its resolution once there is one (null until then). */
public record BankAdjustment(long id, long depositId, Instant recordedAt, Money credited, Money difference, String reason,
                             String bankReference, Resolution resolution, String resolutionNote) {

    public boolean open() {
        return resolution == null && !difference.isZero();
    }
}
