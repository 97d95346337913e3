package org.counterdesk.drawer;

import java.time.Instant;
import org.counterdesk.money.Money;

/** The close of a session: the count it closed on, the outcome, and the supervisor's decision if any. */
public record SessionClose(long sessionId, long countId, Instant closedAt, CloseOutcome outcome, Money variance,
                           String decidedBy, String note) {
}
