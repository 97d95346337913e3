package org.counterdesk.drawer;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.money.Money;

/**
 * A cashier's use of one drawer, from its counted float to its close. Every receipt belongs to
 * exactly one session. {@code setFloat} is the drawer's float when the session opened (null
 * for the implicit sessions of the first version).
 */
public record DrawerSession(long id, long drawerId, String drawerCode, long cashierId, String cashierName,
                            LocalDate businessDate, Instant openedAt, Money setFloat, SessionState state) {
}
