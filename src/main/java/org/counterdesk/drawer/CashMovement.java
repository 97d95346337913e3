package org.counterdesk.drawer;

import java.time.Instant;
import org.counterdesk.money.Money;

/** A petty cash payment, drop or top-up as recorded, with who recorded and who approved it. */
public record CashMovement(long id, long sessionId, MovementKind kind, String voucherNo, Money amount, Instant at,
                           String recordedBy, String approvedBy, String claimant, String purpose, String glAccount,
                           String docketRef) {
}
