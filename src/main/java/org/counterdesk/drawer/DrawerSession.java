package org.counterdesk.drawer;

import java.time.LocalDate;

/** A cashier's use of a drawer on one business date. Every receipt belongs to exactly one session. */
public record DrawerSession(long id, long drawerId, String drawerCode, long cashierId, LocalDate businessDate,
                            boolean implicitOpen) {
}
