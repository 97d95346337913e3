package org.counterdesk.frontdesk;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The front desk directory: hosts (staff contacts) and business units, kept by administrators
 * (and, later, by the master-data import), searched by the desk's type-ahead. Changes are
 * journaled by id; entries are deactivated, never deleted, because visits name them.
 */
public final class Directory {

    /** What an administrator types for a host; {@code id} is null for a new one. */
    public record HostForm(Long id, String name, String staffNumber, String email, String extension, Long unitId) {
    }

    /** What an administrator types for a business unit; {@code id} is null for a new one. */
    public record UnitForm(Long id, String name, String email, String phone) {
    }

    private final Jdbi jdbi;
    private final DirectoryRoster writes;

    public Directory(Jdbi jdbi, Journal journal, Clock clock) {
        this.jdbi = jdbi;
        this.writes = new DirectoryRoster(journal, clock, null);
    }

    public List<Host> hosts() {
        return jdbi.withHandle(h -> new DirectoryDao(h).hosts());
    }

    public List<BusinessUnit> units() {
        return jdbi.withHandle(h -> new DirectoryDao(h).units());
    }

    /** Adds or changes a host (administrators only). */
    public Host saveHost(Actor actor, HostForm form) {
        actor.require(Role.ADMINISTRATOR, "change the front desk directory");
        String name = Texts.required("name", "name", form.name(), 2, 80);
        String number = Texts.optional("staffNumber", "staff number", form.staffNumber(), 12);
        String email = checkedEmail(form.email());
        String extension = phone("extension", "extension", form.extension(), 20, "An extension or phone number");
        if (email == null && extension == null) {
            throw new Refused("email", "Give an email address or an extension, so the desk can tell them their visitor is here.");
        }
        return jdbi.inTransaction(h -> {
            DirectoryDao dao = new DirectoryDao(h);
            if (form.unitId() != null && dao.unit(form.unitId()).isEmpty()) {
                throw new Refused("unit", "Choose a business unit from the list.");
            }
            long id = form.id() == null ? writes.addHost(h, actor, name, number, email, extension, form.unitId())
                    : writes.changeHost(h, actor, form.id(), name, number, email, extension, form.unitId());
            return dao.host(id).orElseThrow();
        });
    }

    /** Adds or changes a business unit (administrators only). */
    public BusinessUnit saveUnit(Actor actor, UnitForm form) {
        actor.require(Role.ADMINISTRATOR, "change the front desk directory");
        String name = Texts.required("unitName", "unit's name", form.name(), 2, 80);
        String email = form.email() == null || form.email().isBlank() ? null : checked("unitEmail", form.email());
        String phone = phone("unitPhone", "phone number", form.phone(), 30, "A phone number");
        if (email == null && phone == null) {
            throw new Refused("unitEmail", "Give the unit an email address or a phone number.");
        }
        return jdbi.inTransaction(h -> {
            DirectoryDao dao = new DirectoryDao(h);
            Optional<BusinessUnit> same = dao.unitNamed(name);
            if (same.isPresent() && (form.id() == null || same.get().id() != form.id())) {
                throw new Refused("unitName", "There is already a unit called " + same.get().name() + ".");
            }
            long id = form.id() == null ? writes.addUnit(h, actor, name, email, phone)
                    : writes.changeUnit(h, actor, form.id(), name, email, phone);
            return dao.unit(id).orElseThrow();
        });
    }

    /** An optional extension or phone number: digits, spaces, +, ( ) and -; {@code what} starts the refusal. */
    private static String phone(String field, String label, String typed, int most, String what) {
        String phone = Texts.optional(field, label, typed, most);
        if (phone != null && !phone.matches("[0-9 +()-]+")) {
            throw new Refused(field, what + " is digits only (spaces, +, ( ) and - allowed).");
        }
        return phone;
    }

    /** Deactivates or reactivates an entry (administrators only); it stays on past visits. */
    public void setActive(Actor actor, ContactRef ref, boolean active) {
        actor.require(Role.ADMINISTRATOR, "change the front desk directory");
        jdbi.useTransaction(h -> {
            if (ref.kind() == Contact.Kind.PERSON) {
                writes.setHostActive(h, actor, ref.id(), active);
            } else {
                writes.setUnitActive(h, actor, ref.id(), active);
            }
        });
    }

    /**
     * Active people and units matching what the desk typed: every word must start a word of
     * the name or the unit (so "rob pla" finds Robyn Lee of Planning), or the whole query is
     * a staff number or extension. Entries whose own name matches come first (so "planning"
     * offers the Planning unit before the people in it), then people before units, then by name.
     */
    public List<Contact> search(String query, int limit) {
        String q = fold(query == null ? "" : query).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split("\\s+");
        List<Contact> found = new ArrayList<>();
        for (Listed entry : activeContacts()) {
            Contact c = entry.contact();
            String haystack = " " + fold(c.name() + " " + (c.unitName() == null ? "" : c.unitName()))
                    .replaceAll("[^\\p{L}\\p{N}]+", " ");
            boolean all = true;
            for (String w : words) {
                all &= haystack.contains(" " + w);
            }
            boolean number = c.isPerson() && (q.equals(c.phone()) || q.equals(entry.staffNumber()));
            if (all || number) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparing((Contact c) -> !startsWords(c.name(), words))
                .thenComparing(c -> !c.isPerson()).thenComparing(c -> fold(c.name())));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static boolean startsWords(String name, String[] words) {
        String own = " " + fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String w : words) {
            if (!own.contains(" " + w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one active entry the desk means by {@code typed}: the only match, or a match whose
     * description is exactly what was typed. Refused (beside {@code field}) when none or several match.
     */
    public Contact resolve(String field, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new Refused(field, "Type part of a name or a business unit, then choose from the list.");
        }
        for (Listed entry : activeContacts()) {
            if (entry.contact().describe().equalsIgnoreCase(t)) {
                return entry.contact();
            }
        }
        List<Contact> matches = search(t, 50);
        for (Contact c : matches) {
            if (c.describe().equalsIgnoreCase(t) || c.name().equalsIgnoreCase(t)) {
                return c;
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new Refused(field, "No one in the directory matches \"" + t + "\". Choose their business unit, or ask "
                    + "an administrator to add them.");
        }
        throw new Refused(field, matches.size() + " people or units match \"" + t + "\": choose one from the list.");
    }

    /** The entry {@code ref} points at, active or not (past visits keep naming it). */
    public Contact contact(ContactRef ref) {
        return jdbi.withHandle(h -> contact(h, ref));
    }

    /** The entry {@code ref} points at, within the caller's transaction. */
    public Contact contact(Handle h, ContactRef ref) {
        DirectoryDao dao = new DirectoryDao(h);
        if (ref.kind() == Contact.Kind.PERSON) {
            return dao.host(ref.id()).map(Host::contact)
                    .orElseThrow(() -> new Refused("host", "That person is not in the directory any more."));
        }
        return dao.unit(ref.id()).map(BusinessUnit::contact)
                .orElseThrow(() -> new Refused("host", "That business unit is not in the directory any more."));
    }

    /** Refuses unless {@code ref} is an active entry; the desk cannot send visitors to someone who has left. */
    public Contact requireActive(Handle h, String field, ContactRef ref) {
        DirectoryDao dao = new DirectoryDao(h);
        boolean active = ref.kind() == Contact.Kind.PERSON ? dao.host(ref.id()).map(Host::active).orElse(false)
                : dao.unit(ref.id()).map(BusinessUnit::active).orElse(false);
        if (!active) {
            throw new Refused(field, "That person or unit is no longer in the directory: choose another.");
        }
        return contact(h, ref);
    }

    private record Listed(Contact contact, String staffNumber) {
    }

    private List<Listed> activeContacts() {
        return jdbi.withHandle(h -> {
            DirectoryDao dao = new DirectoryDao(h);
            List<Listed> all = new ArrayList<>();
            dao.hosts().stream().filter(Host::active).forEach(x -> all.add(new Listed(x.contact(), x.staffNumber())));
            dao.units().stream().filter(BusinessUnit::active).forEach(x -> all.add(new Listed(x.contact(), null)));
            return all;
        });
    }

    private static String checkedEmail(String email) {
        return email == null || email.isBlank() ? null : checked("email", email);
    }

    private static String checked(String field, String email) {
        EmailAddresses.problem(email).ifPresent(p -> {
            throw new Refused(field, p);
        });
        return email.strip();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
