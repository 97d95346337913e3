package org.counterdesk.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskSettings;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.Sql;
import org.counterdesk.frontdesk.Texts;
import org.counterdesk.frontdesk.VisitorNames;
import org.counterdesk.frontdesk.WatchEntry;
import org.counterdesk.frontdesk.WatchList;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffService;
import org.jdbi.v3.core.Jdbi;

/**
 * Signing a visitor in: every field checked first, then one transaction for the visit, its
 * badge, the notification to the host and a journal entry naming the visit by id.
 */
record VisitSignIn(Jdbi jdbi, VisitSignIn.Parts p, VisitBadges badges) {

    /** The services a sign-in reads from or writes to, besides the database. */
    record Parts(CounterSetup counter, Directory directory, FrontDeskConfig config, Notifications notifications,
                 WatchList watchList, StaffService staff, Journal journal, Clock clock, Runnable queued) {
    }

    Visits.SignedIn signIn(Actor actor, Visits.Request r, Long expectedId) {
        FrontDeskSettings settings = p.config().settings();
        String name = VisitorNames.check("name", r.name());
        String organisation = Texts.optional("organisation", "organisation", r.organisation(), 80);
        ContactRef hostRef = r.host() != null ? r.host() : ContactRef.of(p.directory().resolve("host", r.hostTyped()));
        String purpose = Texts.required("purpose", "purpose of the visit", r.purpose(), 2, 120);
        String vehicle = vehicle(r.vehicle());
        int badge = badges.check(r.badge(), settings.badges());
        Long approvedBy = watchListApproval(actor, name, r.approval());
        Instant now = p.clock().instant();
        LocalDate date = p.counter().deskDate();
        Visits.SignedIn done;
        try {
            done = jdbi.inTransaction(h -> {
                Contact host = p.directory().requireActive(h, "host", hostRef);
                VisitDao dao = new VisitDao(h);
                long id = dao.insert(p.counter().terminal().id(), date, name, organisation, purpose, vehicle, hostRef,
                        badge, expectedId, now, actor.staff().id(), approvedBy);
                dao.takeBadge(badge, id);
                Notification n = p.notifications().queue(h, settings, Visits.SUBJECT, id, host);
                p.journal().append(h, event(actor, id, badge, n, hostRef, expectedId, approvedBy));
                return new Visits.SignedIn(dao.byId(id).orElseThrow(), n);
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                if (expectedId != null && badges.holder(badge).isEmpty()) {
                    throw new Refused("This expected visitor has already been signed in.");
                }
                throw badges.taken(badge);
            }
            throw e;
        }
        p.queued().run();
        p.notifications().changed();
        return done;
    }

    private static JournalEvent event(Actor actor, long id, int badge, Notification n, ContactRef hostRef,
                                      Long expectedId, Long approvedBy) {
        JournalEvent event = JournalEvent.of("VISITOR_SIGNED_IN", actor.staffNumber(), actor.terminalCode(),
                        Visits.SUBJECT, id).with("badge", badge).with("notify", n.channel().name())
                .with(hostRef.kind() == Contact.Kind.PERSON ? "host" : "unit", hostRef.id());
        if (expectedId != null) {
            event = event.with("expected", expectedId);
        }
        if (approvedBy != null) {
            event = event.with("watchListApprovedBy", approvedBy);
        }
        return event;
    }

    private Long watchListApproval(Actor actor, String name, Visits.Approval approval) {
        Optional<WatchEntry> hit = p.watchList().match(name);
        if (hit.isEmpty()) {
            return null;
        }
        if (approval == null) {
            throw new WatchListHit(hit.get());
        }
        Staff supervisor = p.staff().approve(approval.staffNumber(), approval.pin(), actor, Set.of(),
                "sign-in of a visitor on the watch list");
        return supervisor.id();
    }

    private static String vehicle(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String rego = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!rego.matches("[A-Z0-9]{1,9}")) {
            throw new Refused("vehicle", "A registration is letters and digits only, at most 9 (like 1ABC234).");
        }
        return rego;
    }
}
