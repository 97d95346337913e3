package org.counterdesk.frontdesk;

import java.time.Clock;
import java.util.List;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Writes to the front desk directory inside the caller's transaction: for the staff directory
 * import, and for the {@link Directory} administrators keep. Entries are journaled by id only,
 * and deactivated, never deleted, because visits and deliveries name them.
 */
public record DirectoryRoster(Journal journal, Clock clock, String source) {

    /** The import's writer: its journal entries say they came from the import. */
    public DirectoryRoster(Journal journal, Clock clock) {
        this(journal, clock, "import");
    }

    /** {@code source} is said in each journal entry, or nothing when null (an administrator's own change). */

    public List<Host> hosts(Handle h) {
        return new DirectoryDao(h).hosts();
    }

    public List<BusinessUnit> units(Handle h) {
        return new DirectoryDao(h).units();
    }

    public long addUnit(Handle h, Actor by, String name, String email, String phone) {
        long id = new DirectoryDao(h).insertUnit(name, email, phone, clock.instant());
        log(h, by, "UNIT_ADDED", "business_unit", id);
        return id;
    }

    /** Changes unit {@code id}; returns its id. */
    public long changeUnit(Handle h, Actor by, long id, String name, String email, String phone) {
        new DirectoryDao(h).updateUnit(id, name, email, phone);
        log(h, by, "UNIT_CHANGED", "business_unit", id);
        return id;
    }

    public void setUnitActive(Handle h, Actor by, long id, boolean active) {
        new DirectoryDao(h).setUnitActive(id, active);
        log(h, by, active ? "UNIT_REACTIVATED" : "UNIT_DEACTIVATED", "business_unit", id);
    }

    public long addHost(Handle h, Actor by, String name, String staffNumber, String email, String extension, Long unitId) {
        long id = new DirectoryDao(h).insertHost(name, staffNumber, email, extension, unitId, clock.instant());
        log(h, by, "HOST_ADDED", "host", id);
        return id;
    }

    /** Changes host {@code id}; returns its id. */
    public long changeHost(Handle h, Actor by, long id, String name, String staffNumber, String email, String extension,
                           Long unitId) {
        new DirectoryDao(h).updateHost(id, name, staffNumber, email, extension, unitId);
        log(h, by, "HOST_CHANGED", "host", id);
        return id;
    }

    public void setHostActive(Handle h, Actor by, long id, boolean active) {
        new DirectoryDao(h).setHostActive(id, active);
        log(h, by, active ? "HOST_REACTIVATED" : "HOST_DEACTIVATED", "host", id);
    }

    private void log(Handle h, Actor by, String event, String type, long id) {
        JournalEvent e = JournalEvent.of(event, by.staffNumber(), by.terminalCode(), type, id);
        journal.append(h, source == null ? e : e.with("source", source));
    }
}
