package org.counterdesk.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.common.SafeText;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in, supervisor approval and the staff list. Five wrong PINs in a row lock a person until
 * a supervisor or administrator unlocks them. Every failure, lock and staff change is journaled;
 * each change to a person's record is written and sealed through the {@link Ledger}. PINs are
 * never journaled or logged.
 */
public final class StaffService {

    public static final int ATTEMPTS_BEFORE_LOCK = LockOut.ATTEMPTS;
    /** The one answer to an unknown staff number and to a wrong PIN, so neither tells who exists. */
    public static final String MISMATCH = "That staff number and PIN do not match.";
    private static final String UNKNOWN_ACTOR = "-";

    private final Jdbi jdbi;
    private final Journal journal;
    private final Ledger ledger;
    private final PinHasher hasher;
    private final Clock clock;
    private final LockOut lockOut;

    public StaffService(Database database, Journal journal, PinHasher hasher, Clock clock) {
        this.jdbi = database.jdbi();
        this.journal = journal;
        this.ledger = new Ledger(database, journal);
        this.hasher = hasher;
        this.clock = clock;
        this.lockOut = new LockOut(jdbi, journal);
    }

    /** Signs a person in at {@code terminal}, or refuses with the reason. */
    public Actor signIn(String staffNumber, String pin, Terminal terminal) {
        Staff staff = checkCredentials(staffNumber, pin, terminal, "SIGN_IN_FAILED");
        jdbi.useTransaction(h -> journal.append(h,
                JournalEvent.of("SIGN_IN", staff.staffNumber(), terminal.code(), "staff", staff.id())));
        return new Actor(staff, terminal);
    }

    /**
     * Checks a supervisor's credentials for an action by {@code actor} on work done by the people
     * in {@code notThese} (a supervisor never approves their own action).
     */
    public Staff approve(String staffNumber, String pin, Actor actor, Set<Long> notThese, String action) {
        Staff supervisor = checkCredentials(staffNumber, pin, actor.terminal(), "APPROVAL_FAILED");
        if (!supervisor.has(Role.SUPERVISOR)) {
            throw new Refused("staffNumber", supervisor.name() + " is not a supervisor: ask a supervisor to approve.");
        }
        if (supervisor.id() == actor.staff().id() || notThese.contains(supervisor.id())) {
            throw new Refused("staffNumber", "A supervisor cannot approve their own " + action
                    + ": ask a different supervisor.");
        }
        return supervisor;
    }

    /*
     * Nothing here names the person, or tells a wrong PIN from an unknown number, until the PIN is
     * right: both get MISMATCH after one full PIN hash. A lock is checked and counted in the
     * database (LockOut) before the PIN is, so a locked person is refused even with the right PIN.
     */
    private Staff checkCredentials(String typedNumber, String pin, Terminal terminal, String failureEvent) {
        String number = Pins.staffNumber(typedNumber);
        if (pin == null || pin.isEmpty()) {
            throw new Refused("pin", "Enter the PIN.");
        }
        Optional<Staff> found = jdbi.withHandle(h -> new StaffDao(h).byNumber(number));
        String hash = found.map(s -> jdbi.withHandle(h -> new StaffDao(h).pinHash(s.id()))).orElse(null);
        if (found.isEmpty()) {
            hasher.burnEquivalentTime(pin);
            jdbi.useTransaction(h -> journal.append(h,
                    JournalEvent.of(failureEvent, UNKNOWN_ACTOR, terminal.code(), "staff", "unknown")));
            throw new Refused("pin", MISMATCH);
        }
        Staff staff = found.get();
        if (hash == null) {
            hasher.burnEquivalentTime(pin);
            throw new Refused("staffNumber", "Staff number " + number + " has no PIN yet: an administrator must set "
                    + "one on the Staff screen.");
        }
        if (!jdbi.withHandle(h -> journal.sealHolds(h, SealSpecs.STAFF, staff.id()))) {
            hasher.burnEquivalentTime(pin);
            throw new Refused("staffNumber", "The details of staff number " + number + " were changed "
                    + "outside Counterdesk and cannot be trusted: an administrator must reset the PIN (and run verify).");
        }
        if (!lockOut.begin(staff, terminal, failureEvent)) {
            throw new Refused("staffNumber", locked(number));
        }
        if (!hasher.matches(pin, hash)) {
            lockOut.failed(staff, terminal, failureEvent);
            throw new Refused("pin", MISMATCH);
        }
        if (!lockOut.succeeded(staff)) {
            throw new Refused("staffNumber", locked(number));
        }
        if (!staff.active()) {
            throw new Refused("staffNumber", staff.name() + " is no longer active: ask an administrator.");
        }
        return staff;
    }

    private static String locked(String number) {
        return "Staff number " + number + " is locked after " + ATTEMPTS_BEFORE_LOCK
                + " wrong PINs: a supervisor or administrator must unlock it.";
    }

    public List<Staff> all() {
        return jdbi.withHandle(h -> new StaffDao(h).all());
    }

    public Optional<Staff> byId(long id) {
        return jdbi.withHandle(h -> new StaffDao(h).byId(id));
    }

    /** Adds a person (administrators only). */
    public Staff add(Actor actor, String typedNumber, String name, Set<Role> roles, String pin) {
        actor.require(Role.ADMINISTRATOR, "add staff");
        return ledger.write("add the person; nothing was saved", h -> addWithin(h, actor.staffNumber(),
                actor.terminalCode(), typedNumber, name, roles, pin));
    }

    /** Adds a person inside a {@link Ledger#write} of setup's, before anyone can sign in. */
    public Staff addWithin(Handle h, String actorNumber, String terminalCode, String typedNumber, String name,
                           Set<Role> roles, String pin) {
        String number = Pins.staffNumber(typedNumber);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.length() < 2 || cleanName.length() > 80) {
            throw new Refused("name", "Enter the person's name (2 to 80 characters).");
        }
        SafeText.check("name", "The name", cleanName);
        if (roles.isEmpty()) {
            throw new Refused("roles", "Give the person at least one role.");
        }
        Pins.check(pin);
        StaffDao dao = new StaffDao(h);
        if (dao.byNumber(number).isPresent()) {
            throw new Refused("staffNumber", "Staff number " + number + " is already used.");
        }
        long id = dao.insert(number, cleanName, EnumSet.copyOf(roles), hasher.hash(pin), clock.instant());
        ledger.seal(h, SealSpecs.STAFF, id, JournalEvent.of("STAFF_ADDED", actorNumber, terminalCode, "staff", id)
                .with("staffNumber", number).with("roles", roles.toString()));
        return dao.byId(id).orElseThrow();
    }

    /** Sets a new PIN and clears any lock (administrators only). */
    public void resetPin(Actor actor, long staffId, String newPin) {
        actor.require(Role.ADMINISTRATOR, "reset a PIN");
        Pins.check(newPin);
        String hash = hasher.hash(newPin);
        ledger.write("set the PIN; the old PIN still applies", h -> {
            new StaffDao(h).setPin(staffId, hash);
            return ledger.seal(h, SealSpecs.STAFF, staffId, JournalEvent.of("STAFF_PIN_RESET", actor.staffNumber(),
                    actor.terminalCode(), "staff", staffId));
        });
    }

    /** Deactivates or reactivates a person (administrators only); nobody is ever deleted. */
    public void setActive(Actor actor, long staffId, boolean active) {
        actor.require(Role.ADMINISTRATOR, "change who is active");
        if (!active && staffId == actor.staff().id()) {
            throw new Refused("You cannot deactivate yourself: ask another administrator.");
        }
        ledger.write("change who is active; nothing was changed", h -> {
            new StaffDao(h).setActive(staffId, active);
            return ledger.seal(h, SealSpecs.STAFF, staffId,
                    JournalEvent.of(active ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED",
                    actor.staffNumber(), actor.terminalCode(), "staff", staffId));
        });
    }

    /** Unlocks a person locked by wrong PINs (supervisors and administrators). */
    public void unlock(Actor actor, long staffId) {
        if (!actor.staff().has(Role.SUPERVISOR) && !actor.staff().has(Role.ADMINISTRATOR)) {
            throw new Refused("Only a supervisor or administrator can unlock a person.");
        }
        ledger.write("unlock the person; they are still locked", h -> {
            new StaffDao(h).clearFailures(staffId);
            return ledger.append(h, JournalEvent.of("STAFF_UNLOCKED", actor.staffNumber(), actor.terminalCode(), "staff",
                    staffId));
        });
    }

    /** Whether {@code staffId} has a PIN; people imported from the staff directory start without one. */
    public boolean hasPin(long staffId) {
        return jdbi.withHandle(h -> new StaffDao(h).hasPin(staffId));
    }

    /** The ids of people who cannot sign in until an administrator sets their PIN. */
    public Set<Long> withoutPin() {
        return jdbi.withHandle(h -> new StaffDao(h).withoutPin());
    }

    public boolean anyone() {
        return jdbi.withHandle(h -> new StaffDao(h).count()) > 0;
    }
}
