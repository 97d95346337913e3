package org.counterdesk.banking;

import java.time.Instant;
import org.counterdesk.money.Money;

/**
 * A terminal's business day closed for good, numbered without gaps: its figures, the grand
 * total before and after (after = before + the period), and the journal's chain head when
 * it was closed, which the day report prints so a rewritten journal shows.
 */
public record DayClosure(long id, String closureNo, Instant closedAt, String closedBy, DayFigures figures,
                         Money previousGrandTotal, Money grandTotal, String journalHead) {
}
