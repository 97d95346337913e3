package org.counterdesk.drawer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;

/**
 * Opens a drawer session from a counted float. The count should equal the drawer's set float;
 * a difference is recorded and needs a supervisor's acknowledgement before the session opens.
 * One open session per drawer, one drawer per cashier.
 */
public record SessionOpening(RecordParts parts) {

    /** A supervisor's staff number and PIN, typed at the cashier's screen; blank when none is needed. */
    public record Approval(String staffNumber, String pin, String note) {
        public static final Approval NONE = new Approval("", "", "");

        boolean given() {
            return staffNumber != null && !staffNumber.isBlank();
        }

        /** Without the PIN, so that no log line or message can carry it. */
        @Override
        public String toString() {
            return "Approval[staff " + staffNumber + ", note " + note + "]";
        }
    }

    /** The float kept at the drawer's last close, offered as the starting point of the count. */
    public Optional<CashCount> lastKeptFloat(long drawerId) {
        return parts.database().jdbi().withHandle(h -> new DrawerDao(h).lastClosedSession(drawerId)
                .flatMap(s -> new CloseDao(h).close(s)).map(c -> new CountDao(h).keptFloat(c.countId())));
    }

    /** One open session per drawer, one drawer per cashier. */
    private static void checkFree(org.jdbi.v3.core.Handle h, Drawer drawer, Actor actor) {
        var open = new DrawerDao(h).unclosedOn(drawer.id());
        if (!open.isEmpty()) {
            throw new Refused("drawer", "Drawer " + drawer.code() + " is already open for " + open.get(0).cashierName()
                    + ".");
        }
        DrawerSessions.current(h, actor.staff().id()).ifPresent(s -> {
            throw new Refused("drawer", "You already have drawer " + s.drawerCode() + " open: close it first.");
        });
    }

    public DrawerSession open(Actor actor, long drawerId, CashCount count, Approval approval) {
        actor.require(Role.CASHIER, "open a drawer");
        Drawer drawer = parts.database().jdbi().withHandle(h -> new DrawerDao(h).drawer(drawerId))
                .filter(d -> d.terminalId() == actor.terminal().id())
                .orElseThrow(() -> new Refused("drawer", "Choose a drawer at this terminal."));
        if (!parts.database().jdbi().withHandle(h -> new DrawerDao(h).isActive(drawerId))) {
            throw new Refused("drawer", "Drawer " + drawer.code() + " has been retired: choose another drawer.");
        }
        if (count.isEmpty()) {
            throw new Refused("count", "Count the float: enter the notes and coins in the drawer.");
        }
        parts.database().jdbi().useHandle(h -> checkFree(h, drawer, actor));
        Money difference = count.total().minus(drawer.setFloat());
        Staff supervisor = null;
        String note = approval.note() == null ? "" : approval.note().strip();
        if (!difference.isZero()) {
            if (!approval.given()) {
                throw new Refused("supervisor", "The count is " + Variance.describe(difference) + " the "
                        + drawer.setFloat().format() + " float: a supervisor must acknowledge it to open the drawer.");
            }
            if (note.length() < 3) {
                throw new Refused("note", "Say why the float is different (3 characters or more).");
            }
            supervisor = parts.staff().approve(approval.staffNumber(), approval.pin(), actor, Set.of(), "float difference");
        }
        Long supervisorId = supervisor == null ? null : supervisor.id();
        String supervisorNumber = supervisor == null ? "" : supervisor.staffNumber();
        long sessionId = parts.ledger().write("open the drawer; nothing was saved", h -> {
            DrawerDao dao = new DrawerDao(h);
            dao.lockDrawer(drawerId);
            checkFree(h, drawer, actor);
            Instant now = parts.clock().instant().truncatedTo(ChronoUnit.MILLIS);
            long id = dao.openSession(drawerId, actor.staff().id(), parts.counter().businessDate(), now, drawer.setFloat());
            long countId = new CountDao(h).insert(id, "OPEN", actor.staff().id(), now, count, null);
            new CloseDao(h).insertOpening(id, countId, drawer.setFloat(), difference, supervisorId,
                    note.isEmpty() ? null : note);
            parts.ledger().seal(h, SealSpecs.SESSION_OPENING, id,
                    JournalEvent.of("SESSION_OPENED", actor.staffNumber(), actor.terminalCode(),
                            "drawer_session", id)
                    .with("drawer", drawer.code()).with("openingFloat", count.total().cents())
                    .with("difference", difference.cents()).with("acknowledgedBy", supervisorNumber));
            return id;
        });
        return parts.database().jdbi().withHandle(h -> new DrawerDao(h).session(sessionId)).orElseThrow();
    }
}
