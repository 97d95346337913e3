package org.counterdesk.staff;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.seal.SealSpecs;
import org.jdbi.v3.core.Handle;

/**
 * Writes to the staff list on behalf of the staff directory import, inside the import's
 * transaction (a {@link Ledger#write}). People added here have no PIN until an administrator
 * sets one (PINs never travel in files). Every change is sealed and journaled by staff number
 * and roles, never by name.
 */
public record StaffRoster(Ledger ledger, Clock clock) {

    public List<Staff> all(Handle h) {
        return new StaffDao(h).all();
    }

    /** Adds a person without a PIN; they cannot sign in until an administrator sets one. */
    public Staff addWithoutPin(Handle h, Actor by, String staffNumber, String name, Set<Role> roles, boolean active) {
        StaffDao dao = new StaffDao(h);
        EnumSet<Role> set = roleSet(roles);
        long id = dao.insert(staffNumber, name, set, null, clock.instant());
        if (!active) {
            dao.setActive(id, false);
        }
        ledger.seal(h, SealSpecs.STAFF, id,
                JournalEvent.of("STAFF_ADDED", by.staffNumber(), by.terminalCode(), "staff", id)
                .with("staffNumber", staffNumber).with("roles", set.toString()).with("pin", "not set")
                .with("active", active));
        return dao.byId(id).orElseThrow();
    }

    /** Changes a person's name and roles. */
    public void change(Handle h, Actor by, Staff person, String name, Set<Role> roles) {
        new StaffDao(h).update(person.id(), name, roles);
        ledger.seal(h, SealSpecs.STAFF, person.id(),
                JournalEvent.of("STAFF_CHANGED", by.staffNumber(), by.terminalCode(), "staff", person.id())
                .with("staffNumber", person.staffNumber()).with("roles", roleSet(roles).toString()));
    }

    /** Deactivates or reactivates a person; nobody is ever deleted. */
    public void setActive(Handle h, Actor by, Staff person, boolean active) {
        new StaffDao(h).setActive(person.id(), active);
        ledger.seal(h, SealSpecs.STAFF, person.id(),
                JournalEvent.of(active ? "STAFF_REACTIVATED" : "STAFF_DEACTIVATED", by.staffNumber(),
                by.terminalCode(), "staff", person.id()).with("staffNumber", person.staffNumber()));
    }

    /** Whether the person has a PIN set. */
    public boolean hasPin(Handle h, Staff person) {
        return new StaffDao(h).hasPin(person.id());
    }

    /** Roles in their fixed order ({@code EnumSet.copyOf} refuses an empty set that is not an EnumSet). */
    private static EnumSet<Role> roleSet(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
