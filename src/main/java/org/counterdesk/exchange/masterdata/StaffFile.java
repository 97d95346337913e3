package org.counterdesk.exchange.masterdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.common.RecordLabels;
import org.counterdesk.frontdesk.EmailAddresses;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;

/**
 * A staff directory file after its schema check, read into records and checked against the
 * rules that need only the file and the person running the import: unique staff numbers and
 * unit names, real email addresses, a way to reach each active person, units that exist, and
 * an administrator left to run the counter (never deactivating the one importing).
 */
record StaffFile(List<Unit> units, List<Person> people) {

    /** A business unit as the file gives it. */
    record Unit(String label, String name, String email, String phone, boolean active) {

        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A member of staff as the file gives it; no roles means a visitor host only. */
    record Person(String label, String staffNumber, String name, Set<Role> roles, boolean active, String unit,
                  String email, String extension) {

        boolean usesCounter() {
            return active && !roles.isEmpty();
        }
    }

    static final RecordLabels LABELS = new RecordLabels(Map.of(
            "staff", new RecordLabels.Key("staffNumber", "staff number"),
            "businessUnits", new RecordLabels.Key("name", "name")));

    static StaffFile read(InboundFile file, Actor actor) {
        Problems problems = new Problems();
        List<Unit> units = units(file.root(), problems);
        List<Person> people = people(file.root(), units, problems);
        checkAdministrators(people, actor, problems);
        problems.refuseIfAny(file.name());
        return new StaffFile(units, people);
    }

    private static List<Unit> units(JsonNode root, Problems problems) {
        UniqueKeys keys = new UniqueKeys("name", problems);
        return LABELS.each(root, "businessUnits", (n, label) -> {
            Unit u = new Unit(label, n.get("name").asText().strip(), text(n, "email"), text(n, "phone"), n.get("active").asBoolean());
            keys.check(u.key(), label);
            if (u.name().length() < 2) {
                problems.add(label, "name", "must be 2 to 80 characters");
            }
            email(label, u.email(), problems);
            if (u.active() && u.email() == null && u.phone() == null) {
                problems.add(label, "needs an email address or a phone number, so the desk can reach the unit");
            }
            return u;
        });
    }

    private static List<Person> people(JsonNode root, List<Unit> units, Problems problems) {
        UniqueKeys keys = new UniqueKeys("staffNumber", problems);
        Set<String> unitNames = new HashSet<>();
        units.forEach(u -> unitNames.add(u.key()));
        return LABELS.each(root, "staff", (n, label) -> {
            Person p = new Person(label, n.get("staffNumber").asText().toUpperCase(Locale.ROOT),
                    n.get("name").asText().strip(), roles(n),
                    n.get("active").asBoolean(), text(n, "businessUnit"), text(n, "email"), text(n, "extension"));
            keys.check(p.staffNumber(), label);
            if (p.name().length() < 2) {
                problems.add(label, "name", "must be 2 to 80 characters");
            }
            if (p.unit() != null && !unitNames.contains(p.unit().toLowerCase(Locale.ROOT))) {
                problems.add(label, "businessUnit", "is \"" + p.unit() + "\", which is not one of the file's businessUnits");
            }
            email(label, p.email(), problems);
            if (p.active() && p.email() == null && p.extension() == null) {
                problems.add(label, "needs an email address or an extension, so the desk can tell them a visitor is here");
            }
            return p;
        });
    }

    private static void checkAdministrators(List<Person> people, Actor actor, Problems problems) {
        Person you = people.stream().filter(p -> p.staffNumber().equals(actor.staffNumber())).findFirst().orElse(null);
        if (you == null) {
            problems.add("The file", "does not list you (staff number " + actor.staffNumber() + "): an import never "
                    + "deactivates the administrator running it");
        } else if (!you.active()) {
            problems.add(you.label(), "active", "is false, but this is you: an import never deactivates the administrator "
                    + "running it");
        } else if (!you.roles().contains(Role.ADMINISTRATOR)) {
            problems.add(you.label(), "roles", "leaves out administrator, but this is you: an import never takes the "
                    + "administrator role from the person running it");
        }
        if (people.stream().noneMatch(p -> p.usesCounter() && p.roles().contains(Role.ADMINISTRATOR))) {
            problems.add("The file", "has no active administrator: the counter would be left with nobody to set it up");
        }
    }

    private static void email(String label, String email, Problems problems) {
        if (email != null) {
            EmailAddresses.problem(email).ifPresent(p -> problems.add(label, "email", p));
        }
    }

    private static Set<Role> roles(JsonNode n) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        n.get("roles").forEach(r -> roles.add(Role.valueOf(r.asText().toUpperCase(Locale.ROOT))));
        return roles;
    }

    /** A text field stripped, with null, absent and blank all read as null. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
