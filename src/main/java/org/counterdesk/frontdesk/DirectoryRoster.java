package org.counterdesk.frontdesk;

import java.time.Clock;
import java.util.List;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Writes to the front desk directory on behalf of the staff directory import, inside the
 * import's transaction. Entries are journaled by id only (like the Directory screen's changes)
 * and deactivated, never deleted, because visits and deliveries name them.
 */
public final class DirectoryRoster {

    private final Journal journal;
    private final Clock clock;

    public DirectoryRoster(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

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

    public void changeUnit(Handle h, Actor by, long id, String name, String email, String phone) {
        new DirectoryDao(h).updateUnit(id, name, email, phone);
        log(h, by, "UNIT_CHANGED", "business_unit", id);
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

    public void changeHost(Handle h, Actor by, long id, String name, String staffNumber, String email, String extension,
                           Long unitId) {
        new DirectoryDao(h).updateHost(id, name, staffNumber, email, extension, unitId);
        log(h, by, "HOST_CHANGED", "host", id);
    }

    public void setHostActive(Handle h, Actor by, long id, boolean active) {
        new DirectoryDao(h).setHostActive(id, active);
        log(h, by, active ? "HOST_REACTIVATED" : "HOST_DEACTIVATED", "host", id);
    }

    private void log(Handle h, Actor by, String event, String type, long id) {
        journal.append(h, JournalEvent.of(event, by.staffNumber(), by.terminalCode(), type, id).with("source", "import"));
    }
}
