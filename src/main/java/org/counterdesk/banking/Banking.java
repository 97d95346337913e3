package org.counterdesk.banking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.DrawerSettings;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.RecordParts;
import org.counterdesk.drawer.SessionState;
import org.counterdesk.drawer.SessionTakings;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/**
 * Banks closed drawer sessions: one deposit of their cash (less the floats kept back, plus drops
 * held in the safe), cheques and money orders, prepared by a supervisor and checked by another.
 * A session undecided at its close blocks the banking. Once banked a session is locked for good.
 *
 * <p>The {@link Scope} says whose drawers: this terminal's (the default), or every terminal's of
 * the site (the cash office banking the building's drawers in one bag). Either way the deposit is
 * recorded at the banking PC's terminal and business date, numbered in the site's gapless deposit
 * sequence ({@code DEP-}, row-locked in {@link DocSequences}), so the deposit and its notes, coins
 * and cheques go in the banking terminal's export batch and day report once, never twice. Each
 * terminal's day closure still sees its own sessions as banked (through {@code deposit_session});
 * its batch keeps its own receipts, and the deposit's cheque and money order lines name their
 * receipts by number, whose terminal prefix tells finance whose takings they were.
 */
public record Banking(RecordParts parts) {

    /**
     * What the next deposit would hold, and the sessions that stop or miss it; {@code terminals} is
     * how many terminals the site has (more than one: the screen offers to bank the whole site).
     */
    public record Candidates(DepositPlan plan, List<DrawerSession> awaitingDecision, List<DrawerSession> stillOpen,
                             List<BankableSession> drawers, int terminals) {
    }

    /** Whose closed drawers a deposit banks. */
    public enum Scope {
        /** The drawers of the terminal doing the banking. */
        TERMINAL,
        /** The drawers of every terminal of the site. */
        SITE
    }

    /** What this terminal's next deposit would hold. */
    public Candidates candidates() {
        return candidates(Scope.TERMINAL);
    }

    /** What the next deposit of {@code scope}, banked at this PC, would hold. */
    public Candidates candidates(Scope scope) {
        return candidates(terminalOf(scope, parts.counter().terminal().id()));
    }

    private Candidates candidates(Long terminal) {
        return parts.database().jdbi().withHandle(h -> {
            DepositDao dao = new DepositDao(h);
            List<Long> closed = dao.closedUnbanked(terminal);
            DepositPlan plan = plan(h, closed);
            List<BankableSession> drawers = closed.stream().map(id -> BankableSession.of(SessionTakings.of(h, id))).toList();
            List<DrawerSession> unclosed = new ArrayList<>();
            List<DrawerSession> open = new ArrayList<>();
            for (long id : dao.awaitingDecision(terminal)) {
                DrawerSessions.session(h, id).ifPresent(unclosed::add);
            }
            dao.unclosed(terminal).stream().map(id -> DrawerSessions.session(h, id)).flatMap(java.util.Optional::stream)
                    .filter(s -> s.state() == SessionState.OPEN).forEach(open::add);
            return new Candidates(plan, unclosed, open, drawers, new TerminalOfDao(h).count());
        });
    }

    /** Banks the preparer's terminal's closed, unbanked sessions. */
    public Deposit bank(Actor preparer, String typedReference, String checkerNumber, String checkerPin) {
        return bank(preparer, Scope.TERMINAL, typedReference, checkerNumber, checkerPin);
    }

    /**
     * Banks every closed, unbanked session of {@code scope} seen from the preparer's terminal: the
     * preparer is signed in, the checker (another person) types their staff number and PIN.
     */
    public Deposit bank(Actor preparer, Scope scope, String typedReference, String checkerNumber, String checkerPin) {
        Long terminal = terminalOf(scope, preparer.terminal().id());
        boolean cashiersMay = parts.database().jdbi().withHandle(DrawerSettings::read).cashiersMayBank();
        if (!preparer.staff().has(Role.SUPERVISOR) && !(cashiersMay && preparer.staff().has(Role.CASHIER))) {
            throw new Refused("Only a supervisor can prepare the banking"
                    + (cashiersMay ? "." : " (an administrator can let cashiers prepare it on Settings)."));
        }
        String reference = typedReference == null ? "" : typedReference.strip();
        if (!reference.matches("[A-Za-z0-9 /-]{3,40}")) {
            throw new Refused("reference", "Enter the bank bag or deposit slip number (3 to 40 letters and digits).");
        }
        Candidates c = candidates(terminal);
        if (!c.awaitingDecision().isEmpty()) {
            DrawerSession s = c.awaitingDecision().get(0);
            throw new Refused("Drawer " + s.drawerCode() + " of " + s.cashierName() + " waits for a supervisor's decision "
                    + "on its close: decide it before banking.");
        }
        if (c.plan().sessions().isEmpty()) {
            throw new Refused("There are no closed drawers to bank.");
        }
        if (parts.database().jdbi().withHandle(h -> new DepositDao(h).referenceUsed(reference))) {
            throw new Refused("reference", "Reference " + reference + " is already on another deposit.");
        }
        Staff checker = parts.staff().approve(checkerNumber, checkerPin, preparer, Set.of(), "banking");
        List<Long> counted = c.plan().sessions().stream().map(DrawerSession::id).toList();
        long id = parts.ledger().write("record the deposit; nothing was saved", h -> {
            DepositDao dao = new DepositDao(h);
            // The number first: its row lock makes a second PC banking at the same moment wait; it then
            // reads afresh (READ COMMITTED) and banks only if the drawers are still those it counted.
            long number = DocSequences.next(h, "SITE", "DEPOSIT");
            List<Long> banked = dao.closedUnbanked(terminal);
            if (!banked.equals(counted)) {
                throw new Refused("The drawers to bank changed a moment ago (another parts.counter() banked or closed one): "
                        + "check the list and the bag again. Nothing was saved.");
            }
            DepositPlan plan = plan(h, banked);
            String depositNo = "DEP-" + String.format("%06d", number);
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            long depositId = dao.insert(number, depositNo, reference, preparer.terminal().id(), parts.counter().businessDate(), now,
                    preparer.staff().id(), checker.id(), plan);
            JournalEvent event = JournalEvent.of("DEPOSIT_PREPARED", preparer.staffNumber(), preparer.terminalCode(),
                            "deposit", depositNo)
                    .with("checkedBy", checker.staffNumber()).with("total", plan.total().cents())
                    .with("cash", plan.cash().total().cents()).with("sessions", plan.sessions().size());
            if (scope == Scope.SITE) {
                event = event.with("terminals", String.join(",", dao.terminalsOf(banked)));
            }
            parts.ledger().seal(h, SealSpecs.DEPOSIT, depositId, event);
            return depositId;
        });
        return parts.database().jdbi().withHandle(h -> new DepositDao(h).byId(id)).orElseThrow();
    }

    public List<Deposit> deposits() {
        return parts.database().jdbi().withHandle(h -> new DepositDao(h).all());
    }

    public DepositDetail detail(long depositId) {
        return parts.database().jdbi().withHandle(h -> {
            DepositDao dao = new DepositDao(h);
            Deposit d = dao.byId(depositId).orElseThrow(() -> new Refused("There is no such deposit."));
            DepositPlan whole = plan(h, dao.sessions(depositId));
            List<String> keys = dao.instrumentKeys(depositId);
            List<Instrument> banked = whole.instruments().stream().filter(i -> keys.contains(i.key())).toList();
            return new DepositDetail(d, new DepositPlan(whole.sessions(), dao.cash(depositId), banked, whole.eftpos(),
                    whole.variances()));
        });
    }

    private static Long terminalOf(Scope scope, long terminal) {
        return scope == Scope.SITE ? null : terminal;
    }

    /** True once the session's takings are in a deposit. */
    public static boolean banked(Handle h, long sessionId) {
        return new DepositDao(h).banked(sessionId);
    }

    private static DepositPlan plan(Handle h, List<Long> sessionIds) {
        Map<Denomination, Long> pieces = new EnumMap<>(Denomination.class);
        List<DrawerSession> sessions = new ArrayList<>();
        List<Instrument> instruments = new ArrayList<>();
        Money eftpos = Money.ZERO;
        Money variances = Money.ZERO;
        for (long id : sessionIds) {
            SessionTakings t = SessionTakings.of(h, id);
            sessions.add(t.session());
            t.cashToBank().quantities().forEach((d, q) -> pieces.merge(d, q, Long::sum));
            instruments.addAll(t.instruments());
            eftpos = eftpos.plus(t.eftpos());
            variances = variances.plus(t.variance());
        }
        return new DepositPlan(sessions, CashCount.of(pieces), instruments, eftpos, variances);
    }
}
