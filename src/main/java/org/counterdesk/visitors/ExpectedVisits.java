package org.counterdesk.visitors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.PersonalRecords;
import org.counterdesk.frontdesk.Texts;
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
public final class ExpectedVisits {

    /** What the desk types to expect someone. */
    public record Form(LocalDate date, String name, String organisation, ContactRef host, String hostTyped,
                       String purpose) {
    }

    private static final String SELECT = "SELECT e.id, e.expected_on, e.visitor_name, e.organisation, e.purpose, "
            + "e.host_id, e.unit_id, e.cancelled_at, h.full_name AS host_name, h.email AS host_email, "
            + "h.extension AS host_extension, hu.name AS host_unit, u.name AS unit_name, u.email AS unit_email, "
            + "u.phone AS unit_phone, v.id AS visit_id FROM expected_visit e LEFT JOIN host h ON h.id = e.host_id "
            + "LEFT JOIN business_unit hu ON hu.id = h.unit_id LEFT JOIN business_unit u ON u.id = e.unit_id "
            + "LEFT JOIN visit v ON v.expected_id = e.id ";

    private final Jdbi jdbi;
    private final CounterSetup counter;
    private final Directory directory;
    private final Visits visits;
    private final Journal journal;
    private final Clock clock;

    public ExpectedVisits(Jdbi jdbi, CounterSetup counter, Directory directory, Visits visits, Journal journal,
                          Clock clock) {
        this.jdbi = jdbi;
        this.counter = counter;
        this.directory = directory;
        this.visits = visits;
        this.journal = journal;
        this.clock = clock;
    }

    /** Registers a visitor expected on a date (today or later). */
    public ExpectedVisit add(Actor actor, Form f) {
        if (f.date() == null) {
            throw new Refused("date", "Choose the day the visitor is expected.");
        }
        if (f.date().isBefore(counter.businessDate())) {
            throw new Refused("date", "That day has passed: choose today or a later day.");
        }
        if (f.date().isAfter(counter.businessDate().plusYears(1))) {
            throw new Refused("date", "Register visitors up to a year ahead.");
        }
        String name = VisitorNames.check("name", f.name());
        String organisation = Texts.optional("organisation", "organisation", f.organisation(), 80);
        ContactRef hostRef = f.host() != null ? f.host() : ContactRef.of(directory.resolve("host", f.hostTyped()));
        String purpose = Texts.required("purpose", "purpose of the visit", f.purpose(), 2, 120);
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            directory.requireActive(h, "host", hostRef);
            long id = h.createUpdate("INSERT INTO expected_visit (expected_on, visitor_name, organisation, purpose, "
                            + "host_id, unit_id, added_by, added_at) VALUES (:date, :name, :org, :purpose, :host, :unit, :by, :at)")
                    .bind("date", f.date()).bind("name", name).bind("org", organisation).bind("purpose", purpose)
                    .bind("host", hostRef.hostId()).bind("unit", hostRef.unitId()).bind("by", actor.staff().id())
                    .bind("at", now.atOffset(ZoneOffset.UTC)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            journal.append(h, JournalEvent.of("VISITOR_EXPECTED", actor.staffNumber(), actor.terminalCode(),
                    "expected_visit", id).with("on", f.date().toString()));
            return byId(h, id);
        });
    }

    /** Those expected on {@code date} and not cancelled, arrived or not. */
    public List<ExpectedVisit> on(LocalDate date) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE e.expected_on = :date AND e.cancelled_at IS NULL "
                + "ORDER BY e.visitor_name, e.id").bind("date", date).map((rs, ctx) -> expected(rs)).list());
    }

    /** Those expected today who have not arrived yet. */
    public List<ExpectedVisit> stillExpectedToday() {
        return on(counter.businessDate()).stream().filter(e -> !e.arrived()).toList();
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
        if (!e.date().equals(counter.businessDate())) {
            throw new Refused(e.name() + " is expected on " + e.date() + ", not today: sign them in with the form.");
        }
        String given = badge == null || badge.isBlank()
                ? visits.nextFreeBadge().map(String::valueOf).orElse("") : badge;
        var request = new Visits.Request(e.name(), e.organisation(), ContactRef.of(e.host()), null, e.purpose(), null,
                given, approval);
        return visits.signIn(actor, request, expectedId);
    }

    /** Cancels an expected visit that has not happened. */
    public void cancel(Actor actor, long expectedId) {
        jdbi.useTransaction(h -> {
            ExpectedVisit e = byId(h, expectedId);
            if (e.arrived()) {
                throw new Refused(e.name() + " has already arrived: sign them out instead.");
            }
            h.createUpdate("UPDATE expected_visit SET cancelled_at = :at WHERE id = :id AND cancelled_at IS NULL")
                    .bind("at", clock.instant().atOffset(ZoneOffset.UTC)).bind("id", expectedId).execute();
            journal.append(h, JournalEvent.of("EXPECTED_VISIT_CANCELLED", actor.staffNumber(), actor.terminalCode(),
                    "expected_visit", expectedId));
        });
    }

    /** The retention job's hold on expected visits: their personal details are replaced after the period. */
    public PersonalRecords personalRecords() {
        return new PersonalRecords() {
            @Override
            public String name() {
                return "expectedVisits";
            }

            @Override
            public int deidentifyBefore(Handle h, Instant cutoff, LocalDate cutoffDate, Instant now) {
                return h.createUpdate("UPDATE expected_visit SET visitor_name = :removed, organisation = NULL, "
                                + "purpose = NULL, deidentified_at = :now WHERE expected_on < :date AND deidentified_at IS NULL")
                        .bind("removed", VisitDao.REMOVED).bind("now", now.atOffset(ZoneOffset.UTC))
                        .bind("date", cutoffDate).execute();
            }
        };
    }

    private ExpectedVisit byId(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE e.id = :id").bind("id", id).map((rs, ctx) -> expected(rs)).findOne()
                .orElseThrow(() -> new Refused("There is no such expected visit."));
    }

    private static ExpectedVisit expected(ResultSet rs) throws SQLException {
        Contact host = VisitDao.host(rs);
        long visit = rs.getLong("visit_id");
        Long visitId = rs.wasNull() ? null : visit;
        return new ExpectedVisit(rs.getLong("id"), rs.getObject("expected_on", LocalDate.class), rs.getString("visitor_name"),
                rs.getString("organisation"), rs.getString("purpose"), host, visitId,
                rs.getObject("cancelled_at", java.time.OffsetDateTime.class) != null);
    }
}
