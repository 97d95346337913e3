package org.counterdesk.drawer;

import java.util.Optional;
import org.counterdesk.common.Refused;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Gathers what the X and Z reports need about a session, in one read. */
public record SessionReports(Jdbi jdbi) {

    /** The report of a session as it stands now; refused when there is no such session. */
    public SessionReport report(long sessionId) {
        return jdbi.withHandle(h -> report(h, sessionId));
    }

    public Optional<CashMovement> movement(long movementId) {
        return jdbi.withHandle(h -> new MovementDao(h).byId(movementId));
    }

    private static SessionReport report(Handle h, long sessionId) {
        if (new DrawerDao(h).session(sessionId).isEmpty()) {
            throw new Refused("There is no drawer session " + sessionId + ".");
        }
        CountDao counts = new CountDao(h);
        CloseDao closes = new CloseDao(h);
        SessionClosing.Status status = SessionClosing.status(h, sessionId);
        SessionReport.Opening opening = closes.opening(sessionId)
                .map(o -> new SessionReport.Opening(counts.lines(o.countId()), o.difference(), o.acknowledgedBy(), o.note()))
                .orElse(new SessionReport.Opening(CashCount.empty(), Money.ZERO, null, null));
        Optional<Long> closingId = counts.latest(sessionId, "CLOSE");
        int closingCounts = counts.countOf(sessionId, "CLOSE");
        String terminal = new DrawerDao(h).terminalCode(status.session().drawerId());
        return new SessionReport(status.session(), terminal, status.figures(), opening,
                new MovementDao(h).forSession(sessionId), closingId.map(counts::lines),
                closingId.map(counts::keptFloat), status.balance(), status.close(), closingCounts);
    }
}
