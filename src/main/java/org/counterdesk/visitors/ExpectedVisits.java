package org.counterdesk.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.PersonalRecords;
import org.counterdesk.frontdesk.Texts;
import org.counterdesk.frontdesk.VisitorNames;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Visitors registered ahead for a date, by reception for a host. On arrival one selection
 * signs them in with the next free badge. Journaled by id.
 */
public record ExpectedVisits(Jdbi jdbi, CounterSetup counter, Directory directory, Visits visits, Journal journal,
                             Clock clock) {

    /** What the desk types to expect someone. */
    public record Form(LocalDate date, String name, String organisation, ContactRef host, String hostTyped,
                       String purpose) {
    }

    /** Registers a visitor expected on a date (today or later). */
    public ExpectedVisit add(Actor actor, Form f) {
        if (f.date() == null) {
            throw new Refused("date", "Choose the day the visitor is expected.");
        }
        if (f.date().isBefore(counter.deskDate())) {
            throw new Refused("date", "That day has passed: choose today or a later day.");
        }
        if (f.date().isAfter(counter.deskDate().plusYears(1))) {
            throw new Refused("date", "Register visitors up to a year ahead.");
        }
        String name = VisitorNames.check("name", f.name());
        String organisation = Texts.optional("organisation", "organisation", f.organisation(), 80);
        ContactRef hostRef = f.host() != null ? f.host() : ContactRef.of(directory.resolve("host", f.hostTyped()));
        String purpose = Texts.required("purpose", "purpose of the visit", f.purpose(), 2, 120);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            directory.requireActive(h, "host", hostRef);
            long id = new ExpectedVisitDao(h).insert(f.date(), name, organisation, purpose, hostRef, actor.staff().id(),
                    now);
            journal.append(h, JournalEvent.of("VISITOR_EXPECTED", actor.staffNumber(), actor.terminalCode(),
                    "expected_visit", id).with("on", f.date().toString()));
            return byId(h, id);
        });
    }

    /** Those expected on {@code date} and not cancelled, arrived or not. */
    public List<ExpectedVisit> on(LocalDate date) {
        return jdbi.withHandle(h -> new ExpectedVisitDao(h).between(date, date));
    }

    /** Those expected from tomorrow for {@code days} days, not cancelled and not yet arrived, by day. */
    public List<ExpectedVisit> upcoming(int days) {
        LocalDate tomorrow = counter.deskDate().plusDays(1);
        return jdbi.withHandle(h -> new ExpectedVisitDao(h).between(tomorrow, tomorrow.plusDays(days - 1L))).stream()
                .filter(e -> !e.arrived()).toList();
    }

    /** Those expected today who have not arrived yet. */
    public List<ExpectedVisit> stillExpectedToday() {
        return on(counter.deskDate()).stream().filter(e -> !e.arrived()).toList();
    }

    /** Signs in an expected visitor with the next free badge (or the one given). */
    public Visits.SignedIn arrive(Actor actor, long expectedId, String badge) {
        return arrive(actor, expectedId, badge, null);
    }

    /** As {@link #arrive(Actor, long, String)}, with a supervisor's approval for a name on the watch list. */
    public Visits.SignedIn arrive(Actor actor, long expectedId, String badge, Visits.Approval approval) {
        ExpectedVisit e = jdbi.withHandle(h -> byId(h, expectedId));
        if (e.cancelled()) {
            throw new Refused("This expected visit was cancelled.");
        }
        if (e.arrived()) {
            throw new Refused(e.name() + " has already been signed in.");
        }
        if (!e.date().equals(counter.deskDate())) {
            throw new Refused(e.name() + " is expected on " + e.date() + ", not today: sign them in with the form.");
        }
        String given = badge == null || badge.isBlank()
                ? visits.nextFreeBadge().map(String::valueOf).orElse("") : badge;
        var request = new Visits.Request(e.name(), e.organisation(), ContactRef.of(e.host()), null, e.purpose(), null,
                given, approval);
        return visits.signIn(actor, request, expectedId);
    }

    /** Cancels an expected visit that has not happened. */
    public ExpectedVisit cancel(Actor actor, long expectedId) {
        return jdbi.inTransaction(h -> {
            ExpectedVisit e = byId(h, expectedId);
            if (e.arrived()) {
                throw new Refused(e.name() + " has already arrived: sign them out instead.");
            }
            if (!new ExpectedVisitDao(h).cancel(expectedId, clock.instant())) {
                throw new Refused("The visit of " + e.name() + " was already cancelled.");
            }
            journal.append(h, JournalEvent.of("EXPECTED_VISIT_CANCELLED", actor.staffNumber(), actor.terminalCode(),
                    "expected_visit", expectedId));
            return e;
        });
    }

    /** The retention job's hold on expected visits: their personal details are replaced after the period. */
    public PersonalRecords personalRecords() {
        return new PersonalRecords("expectedVisits",
                (h, cutoff, cutoffDate, now) -> new ExpectedVisitDao(h).deidentifyBefore(cutoffDate, now));
    }

    private static ExpectedVisit byId(Handle h, long id) {
        return new ExpectedVisitDao(h).byId(id).orElseThrow(() -> new Refused("There is no such expected visit."));
    }
}
