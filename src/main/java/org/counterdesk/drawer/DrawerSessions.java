package org.counterdesk.drawer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.counterdesk.common.Refused;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds the session a cashier works in. Receipting needs the cashier's own open session on
 * this terminal and business date; each receipt belongs to exactly that session.
 */
public record DrawerSessions(Jdbi jdbi) {

    /** The cashier's session that is not closed yet, if any (one drawer per cashier at a time). */
    public Optional<DrawerSession> current(Actor actor) {
        return jdbi.withHandle(h -> current(h, actor.staff().id()));
    }

    static Optional<DrawerSession> current(Handle h, long cashierId) {
        List<DrawerSession> unclosed = new DrawerDao(h).unclosedFor(cashierId);
        return unclosed.isEmpty() ? Optional.empty() : Optional.of(unclosed.get(0));
    }

    /** Every session on this database not closed yet: open, or counted and waiting for a decision. */
    public List<DrawerSession> unclosed() {
        return jdbi.withHandle(h -> new DrawerDao(h).unclosedAll());
    }

    /** A session read inside the caller's transaction. */
    public static Optional<DrawerSession> session(Handle h, long sessionId) {
        return new DrawerDao(h).session(sessionId);
    }

    public Optional<DrawerSession> session(long sessionId) {
        return jdbi.withHandle(h -> new DrawerDao(h).session(sessionId));
    }

    /** The drawers at the actor's terminal that may be opened (not retired). */
    public List<Drawer> drawers(Actor actor) {
        return jdbi.withHandle(h -> new DrawerDao(h).activeDrawers(actor.terminal().id()));
    }

    /** The session {@code actor} receipts into today, inside the caller's transaction; refused if there is none. */
    public DrawerSession sessionForReceipting(Handle h, Actor actor, LocalDate today) {
        DrawerSession s = current(h, actor.staff().id())
                .orElseThrow(() -> new Refused("Open your drawer first: press F11 and count the float."));
        DrawerDao dao = new DrawerDao(h);
        long terminal = dao.drawer(s.drawerId()).orElseThrow().terminalId();
        if (terminal != actor.terminal().id()) {
            throw new Refused("Your drawer " + s.drawerCode() + " is open at another terminal: close it there first.");
        }
        if (s.state() != SessionState.OPEN) {
            throw new Refused("Drawer " + s.drawerCode() + " has been counted for its close: no more payments in it.");
        }
        if (!s.businessDate().equals(today)) {
            throw new Refused("Your drawer session is from " + s.businessDate()
                    + ": close it (F11) and open a new one before taking payments today.");
        }
        return s;
    }

    /** True while receipts of the session may be voided: it is open and of today. */
    public boolean voidable(Handle h, long sessionId, LocalDate today) {
        return new DrawerDao(h).session(sessionId)
                .map(s -> s.state() == SessionState.OPEN && s.businessDate().equals(today)).orElse(false);
    }
}
