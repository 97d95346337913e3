package org.counterdesk.exchange.masterdata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.drawer.DrawerRoster;
import org.counterdesk.frontdesk.DirectoryRoster;
import org.counterdesk.frontdesk.Host;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffRoster;
import org.jdbi.v3.core.Handle;

/**
 * Applies a checked staff directory file in one transaction: business units by name, people by
 * staff number, both in the staff list (people with roles: they use the counter) and in the
 * front desk directory (everyone: they receive visitors). People and units missing from the
 * file are deactivated, never deleted. New people get no PIN.
 */
record StaffImport(StaffRoster staff, DirectoryRoster directory, DrawerRoster drawers, ImportLog log) {

    static final String KIND = "STAFF";
    static final InboundFile.Kind FILE = InboundFile.Kind.masterData("staff-directory", StaffFile.LABELS);

    ImportResult run(Handle h, Actor actor, InboundFile file) {
        StaffFile read = StaffFile.read(file, actor);
        checkOpenDrawers(h, read, file.name());
        Tally units = new Tally("business units");
        Tally people = new Tally("people");
        Map<String, Long> unitIds = new UnitImport(directory).apply(h, actor, read.units(), units);
        applyPeople(h, actor, read.people(), unitIds, people);
        String summary = "Staff directory: " + people.describe() + "; " + units.describe();
        return log.record(h, actor, KIND, file, Tally.sum(people, units), summary);
    }

    /** Nobody is taken off the counter while their drawer is open: they could not sign in to balance it. */
    private void checkOpenDrawers(Handle h, StaffFile read, String fileName) {
        Map<String, StaffFile.Person> listed = new HashMap<>();
        read.people().forEach(p -> listed.putIfAbsent(p.staffNumber(), p));
        Problems problems = new Problems();
        for (Staff s : staff.all(h)) {
            StaffFile.Person p = listed.get(s.staffNumber());
            if (s.active() && (p == null || !p.usesCounter())) {
                drawers.unclosedSessionOf(h, s.id()).ifPresent(open -> problems.add(p == null ? "" : p.label(),
                        (p == null ? "leaves out staff number " + s.staffNumber() + ", which would take them off the "
                                + "counter" : "takes this person off the counter") + ", but they have drawer "
                                + open.drawerCode() + " open (" + open.businessDate() + "): they must close and "
                                + "balance it first"));
            }
        }
        problems.refuseIfAny(fileName);
    }

    private void applyPeople(Handle h, Actor actor, List<StaffFile.Person> people, Map<String, Long> unitIds, Tally tally) {
        Map<String, Staff> users = new HashMap<>();
        staff.all(h).forEach(s -> users.put(s.staffNumber(), s));
        Map<String, Host> hosts = new HashMap<>();
        directory.hosts(h).stream().filter(x -> x.staffNumber() != null)
                .forEach(x -> hosts.putIfAbsent(x.staffNumber().toUpperCase(Locale.ROOT), x));
        Set<String> listed = new HashSet<>();
        for (StaffFile.Person p : people) {
            tally.record();
            listed.add(p.staffNumber());
            Long unitId = p.unit() == null ? null : unitIds.get(p.unit().toLowerCase(Locale.ROOT));
            Staff user = users.get(p.staffNumber());
            Host host = hosts.get(p.staffNumber());
            if (user == null && host == null) {
                addPerson(h, actor, p, unitId, tally);
                continue;
            }
            boolean wasActive = (user != null && user.active()) || (host != null && host.active());
            boolean changed = applyUser(h, actor, p, Optional.ofNullable(user)) | applyHost(h, actor, p, host, unitId);
            if (changed) {
                tally.changed();
            }
            if (wasActive && !p.active()) {
                tally.deactivated();
            }
        }
        deactivateMissing(h, actor, listed, users, hosts, tally);
    }

    /** Someone new; a person who has already left and was never here is not added at all. */
    private void addPerson(Handle h, Actor actor, StaffFile.Person p, Long unitId, Tally tally) {
        if (!p.active()) {
            return;
        }
        if (!p.roles().isEmpty()) {
            staff.addWithoutPin(h, actor, p.staffNumber(), p.name(), p.roles(), true);
        }
        directory.addHost(h, actor, p.name(), p.staffNumber(), p.email(), p.extension(), unitId);
        tally.added();
    }

    /** The person's place in the staff list: active only while they have a role. */
    private boolean applyUser(Handle h, Actor actor, StaffFile.Person p, Optional<Staff> user) {
        if (user.isEmpty()) {
            if (p.usesCounter()) {
                staff.addWithoutPin(h, actor, p.staffNumber(), p.name(), p.roles(), true);
                return true;
            }
            return false;
        }
        Staff s = user.get();
        boolean changed = false;
        if (!s.name().equals(p.name()) || !s.roles().equals(p.roles())) {
            staff.change(h, actor, s, p.name(), p.roles());
            changed = true;
        }
        if (s.active() != p.usesCounter()) {
            staff.setActive(h, actor, s, p.usesCounter());
            changed = true;
        }
        return changed;
    }

    private boolean applyHost(Handle h, Actor actor, StaffFile.Person p, Host host, Long unitId) {
        if (host == null) {
            long id = directory.addHost(h, actor, p.name(), p.staffNumber(), p.email(), p.extension(), unitId);
            if (!p.active()) {
                directory.setHostActive(h, actor, id, false);
            }
            return true;
        }
        boolean changed = false;
        if (!host.name().equals(p.name()) || !Objects.equals(host.email(), p.email())
                || !Objects.equals(host.extension(), p.extension()) || !Objects.equals(host.unitId(), unitId)
                || !host.staffNumber().equals(p.staffNumber())) {
            directory.changeHost(h, actor, host.id(), p.name(), p.staffNumber(), p.email(), p.extension(), unitId);
            changed = true;
        }
        if (host.active() != p.active()) {
            directory.setHostActive(h, actor, host.id(), p.active());
            changed = true;
        }
        return changed;
    }

    private void deactivateMissing(Handle h, Actor actor, Set<String> listed, Map<String, Staff> users,
                                   Map<String, Host> hosts, Tally tally) {
        Set<String> gone = new HashSet<>();
        users.values().stream().filter(s -> s.active() && !listed.contains(s.staffNumber())).forEach(s -> {
            staff.setActive(h, actor, s, false);
            gone.add(s.staffNumber());
        });
        hosts.forEach((number, host) -> {
            if (host.active() && !listed.contains(number)) {
                directory.setHostActive(h, actor, host.id(), false);
                gone.add(number);
            }
        });
        gone.forEach(n -> tally.deactivated());
    }
}
