package org.counterdesk.drawer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.jdbi.v3.core.Handle;

/**
 * Closes a session by a blind count: the cashier's count is stored before any expected figure
 * is shown. Within tolerance the session closes; beyond it the session waits for a
 * supervisor, who asks for a recount (the first count stays on record), accepts the variance
 * with a note, or writes it off to cash over/short.
 */
public record SessionClosing(RecordParts parts) {

    /** A session's figures, with the balance of its latest closing count if it has one. */
    public record Status(DrawerSession session, SessionFigures figures, Optional<Balance> balance,
                         Optional<SessionClose> close) {
    }

    public Status status(long sessionId) {
        return parts.database().jdbi().withHandle(h -> status(h, sessionId));
    }

    /** Stores the cashier's closing count and closes the session if it balances within tolerance. */
    public Status submit(Actor actor, ClosingCount count) {
        DrawerSession session = parts.database().jdbi().withHandle(h -> DrawerSessions.current(h, actor.staff().id()))
                .orElseThrow(() -> new Refused("You have no drawer open to close."));
        if (session.state() != SessionState.OPEN && session.state() != SessionState.RECOUNT) {
            throw new Refused("Drawer " + session.drawerCode() + " has been counted and waits for a supervisor's decision.");
        }
        checkKeptFloat(session, count);
        if (count.eftposSettlement() == null || count.eftposSettlement().isNegative()) {
            throw new Refused("eftpos", "Key the EFTPOS terminal's settlement total (0.00 if it took no cards).");
        }
        parts.ledger().write("record the closing count; nothing was saved", h -> {
            SessionFigures figures = new FiguresDao(h).figures(session.id());
            Set<String> known = figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet());
            if (!known.containsAll(count.instrumentsPresent())) {
                throw new Refused("A cheque or money order ticked is not one of this session's.");
            }
            Balance balance = Balance.of(figures, count, DrawerSettings.read(h).tolerance());
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            CountDao counts = new CountDao(h);
            long countId = counts.insert(session.id(), "CLOSE", actor.staff().id(), now, count.cash(),
                    count.eftposSettlement());
            counts.insertKeptFloat(countId, count.keptFloat());
            counts.insertInstruments(countId, figures.instruments(), count.instrumentsPresent());
            parts.ledger().seal(h, SealSpecs.CLOSING_COUNT, countId,
                    JournalEvent.of("CLOSING_COUNT", actor.staffNumber(), actor.terminalCode(),
                            "drawer_session", session.id())
                    .with("count", countId).with("cash", count.cash().total().cents())
                    .with("variance", balance.totalVariance().cents()).with("withinTolerance", balance.withinTolerance()));
            if (balance.withinTolerance()) {
                CloseOutcome outcome = balance.totalVariance().isZero() ? CloseOutcome.BALANCED : CloseOutcome.WITHIN_TOLERANCE;
                close(h, actor, session, countId, outcome, balance.totalVariance(), null, now);
            }
            return countId;
        });
        return status(session.id());
    }

    /** A supervisor's decision on a count beyond tolerance, typed at the cashier's screen. */
    public Status decide(Actor actor, long sessionId, Decision decision, String note,
                         SessionOpening.Approval approval) {
        DrawerSession session = parts.database().jdbi().withHandle(h -> new DrawerDao(h).session(sessionId))
                .orElseThrow(() -> new Refused("There is no such drawer session."));
        if (session.state() != SessionState.PENDING) {
            throw new Refused("Drawer " + session.drawerCode() + " is not waiting for a decision.");
        }
        String why = note == null ? "" : note.strip();
        if (decision != Decision.RECOUNT && (why.length() < 3 || why.length() > 200)) {
            throw new Refused("note", "Write a note saying why (3 to 200 characters).");
        }
        Staff supervisor = parts.staff().approve(approval.staffNumber(), approval.pin(), actor, Set.of(session.cashierId()),
                "variance decision");
        parts.ledger().write("record the decision; nothing was saved", h -> {
            long countId = new CountDao(h).latest(sessionId, "CLOSE").orElseThrow();
            Money variance = status(h, sessionId).balance().orElseThrow().totalVariance();
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            long decisionId = new CloseDao(h).insertDecision(sessionId, countId, decision, variance, supervisor.id(), now,
                    why.isEmpty() ? null : why);
            parts.ledger().seal(h, SealSpecs.VARIANCE_DECISION, decisionId,
                    JournalEvent.of("VARIANCE_DECIDED", supervisor.staffNumber(), actor.terminalCode(),
                            "drawer_session", sessionId)
                    .with("decision", decision.name()).with("variance", variance.cents()).with("count", countId));
            if (decision != Decision.RECOUNT) {
                CloseOutcome outcome = decision == Decision.ACCEPT ? CloseOutcome.ACCEPTED : CloseOutcome.WRITTEN_OFF;
                close(h, actor, session, countId, outcome, variance, decisionId, now);
            }
            return decisionId;
        });
        return status(sessionId);
    }

    private void close(Handle h, Actor actor, DrawerSession session, long countId, CloseOutcome outcome, Money variance,
                       Long decisionId, Instant at) {
        new CloseDao(h).insertClose(session.id(), countId, at, outcome, variance, decisionId);
        parts.ledger().seal(h, SealSpecs.SESSION_CLOSE, session.id(),
                JournalEvent.of("SESSION_CLOSED", actor.staffNumber(), actor.terminalCode(), "drawer_session",
                session.id()).with("outcome", outcome.name()).with("variance", variance.cents()));
    }

    private static void checkKeptFloat(DrawerSession session, ClosingCount count) {
        if (!count.cash().contains(count.keptFloat())) {
            throw new Refused("keptFloat", "The float kept must come out of the cash counted.");
        }
        Money setFloat = session.setFloat() == null ? Money.ZERO : session.setFloat();
        Money kept = count.keptFloat().total();
        boolean enoughCash = !count.cash().total().lessThan(setFloat);
        if (enoughCash && !kept.equals(setFloat)) {
            throw new Refused("keptFloat", "Keep exactly the drawer's " + setFloat.format() + " float (now "
                    + kept.format() + ").");
        }
        if (!enoughCash && !kept.equals(count.cash().total())) {
            throw new Refused("keptFloat", "The cash counted is less than the float: keep all of it in the drawer.");
        }
    }

    static Status status(Handle h, long sessionId) {
        DrawerSession session = new DrawerDao(h).session(sessionId).orElseThrow();
        SessionFigures figures = new FiguresDao(h).figures(sessionId);
        CountDao counts = new CountDao(h);
        Optional<Balance> balance = counts.latest(sessionId, "CLOSE").map(id -> Balance.of(figures,
                new ClosingCount(counts.lines(id), counts.present(id), counts.eftposSettlement(id).orElse(Money.ZERO),
                        counts.keptFloat(id)), DrawerSettings.read(h).tolerance()));
        return new Status(session, figures, balance, new CloseDao(h).close(sessionId));
    }
}
