package org.counterdesk.staff;

import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.Terminal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The lock-out, counted in the database under the person's row lock, so simultaneous wrong PINs
 * (threads in one app or separate command-line processes) can never slip past it. An attempt is
 * counted before its PIN is checked and forgiven only when the PIN is right; so no more than
 * {@value #ATTEMPTS} PINs are ever checked between successes, however many arrive at once.
 */
record LockOut(Jdbi jdbi, Journal journal) {

    static final int ATTEMPTS = 5;

    /** A person's failures since their last success, and whether they are locked. */
    record Count(int failures, boolean locked) {
    }

    /**
     * Counts an attempt for {@code staff} before the PIN is checked. False if they are locked, or
     * are locked now because {@value #ATTEMPTS} attempts are already counted (they arrived at once).
     */
    boolean begin(Staff staff, Terminal terminal, String failureEvent) {
        return jdbi.inTransaction(h -> {
            StaffDao dao = new StaffDao(h);
            Count count = dao.countForUpdate(staff.id());
            if (count.locked()) {
                return false;
            }
            int attempt = count.failures() + 1;
            boolean tooMany = attempt > ATTEMPTS;
            dao.recordFailure(staff.id(), attempt, tooMany);
            if (tooMany) {
                journalFailure(h, staff, terminal, failureEvent, attempt);
                journalLock(h, staff, terminal);
            }
            return !tooMany;
        });
    }

    /** The PIN was wrong: journals it and locks the person once {@value #ATTEMPTS} failures are counted. */
    void failed(Staff staff, Terminal terminal, String failureEvent) {
        jdbi.useTransaction(h -> {
            StaffDao dao = new StaffDao(h);
            Count count = dao.countForUpdate(staff.id());
            int failures = Math.max(count.failures(), 1);
            journalFailure(h, staff, terminal, failureEvent, failures);
            boolean lockNow = !count.locked() && failures >= ATTEMPTS;
            if (lockNow || failures != count.failures()) {
                dao.recordFailure(staff.id(), failures, lockNow || count.locked());
            }
            if (lockNow) {
                journalLock(h, staff, terminal);
            }
        });
    }

    /** The PIN was right: clears the count, unless the person was locked while it was being checked. */
    boolean succeeded(Staff staff) {
        return jdbi.inTransaction(h -> {
            StaffDao dao = new StaffDao(h);
            if (dao.countForUpdate(staff.id()).locked()) {
                return false;
            }
            dao.clearFailures(staff.id());
            return true;
        });
    }

    private void journalFailure(Handle h, Staff staff, Terminal terminal, String failureEvent, int attempt) {
        journal.append(h, JournalEvent.of(failureEvent, staff.staffNumber(), terminal.code(), "staff", staff.id())
                .with("attempt", attempt));
    }

    private void journalLock(Handle h, Staff staff, Terminal terminal) {
        journal.append(h, JournalEvent.of("STAFF_LOCKED", staff.staffNumber(), terminal.code(), "staff", staff.id()));
    }
}
