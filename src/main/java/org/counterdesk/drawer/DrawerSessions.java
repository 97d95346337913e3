package org.counterdesk.drawer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Finds the drawer session a receipt belongs to. Until counted sessions exist, a session is
 * opened implicitly for the cashier on the terminal's first drawer, once per business date.
 */
public final class DrawerSessions {

    private final Journal journal;
    private final Clock clock;

    public DrawerSessions(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** The session {@code actor} receipts into on {@code date}, opening one inside the caller's transaction if needed. */
    public DrawerSession sessionForReceipting(Handle h, Actor actor, LocalDate date) {
        DrawerDao dao = new DrawerDao(h);
        long terminalId = actor.terminal().id();
        Optional<DrawerSession> open = dao.sessionFor(actor.staff().id(), terminalId, date);
        if (open.isPresent()) {
            return open.get();
        }
        long drawerId = dao.firstDrawer(terminalId)
                .orElseThrow(() -> new Refused("Terminal " + actor.terminalCode() + " has no cash drawer set up."));
        long id = dao.openSession(drawerId, actor.staff().id(), date, clock.instant(), true);
        journal.append(h, JournalEvent.of("SESSION_OPENED", actor.staffNumber(), actor.terminalCode(), "drawer_session", id)
                .with("businessDate", date.toString()).with("implicit", true));
        return dao.session(id).orElseThrow();
    }

    /** True while receipts of {@code sessionId} may still be voided. */
    public boolean isOpen(Handle h, long sessionId, LocalDate today) {
        return new DrawerDao(h).session(sessionId).map(s -> s.businessDate().equals(today)).orElse(false);
    }
}
