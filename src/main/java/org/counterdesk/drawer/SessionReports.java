package org.counterdesk.drawer;

import java.util.Optional;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Gathers what the X and Z reports need about a session, in one read. */
public final class SessionReports {

    private final Jdbi jdbi;

    public SessionReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public SessionReport report(long sessionId) {
        return jdbi.withHandle(h -> report(h, sessionId));
    }

    public Optional<CashMovement> movement(long movementId) {
        return jdbi.withHandle(h -> new MovementDao(h).byId(movementId));
    }

    private static SessionReport report(Handle h, long sessionId) {
        CountDao counts = new CountDao(h);
        CloseDao closes = new CloseDao(h);
        SessionClosing.Status status = SessionClosing.status(h, sessionId);
        CashCount opening = closes.openingCount(sessionId).map(counts::lines).orElse(CashCount.empty());
        Optional<Long> closingId = counts.latest(sessionId, "CLOSE");
        int closingCounts = counts.countOf(sessionId, "CLOSE");
        return new SessionReport(status.session(), status.figures(), opening,
                closes.openingDifference(sessionId).orElse(Money.ZERO), new MovementDao(h).forSession(sessionId),
                closingId.map(counts::lines), closingId.map(counts::keptFloat), status.balance(), status.close(),
                closingCounts);
    }
}
