package org.counterdesk.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.BadgeRange;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskSettings;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.Sql;
import org.counterdesk.frontdesk.Texts;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Signing visitors in and out. A sign-in is one transaction: the visit, its badge and the
 * notification to the host, and a journal entry naming the visit by id. The email goes later,
 * from the outbox, so a mail problem never loses a visit.
 */
public final class Visits {

    public static final String SUBJECT = "visit";
    static final String SYSTEM = "SYSTEM";

    /** A supervisor's staff number and PIN, for a name on the watch list. */
    public record Approval(String staffNumber, String pin) {
    }

    /**
     * What the desk typed. {@code host} is the entry chosen from the type-ahead, or null, in
     * which case {@code hostTyped} must name exactly one entry.
     */
    public record Request(String name, String organisation, ContactRef host, String hostTyped, String purpose,
                          String vehicle, String badge, Approval approval) {

        public Request withApproval(Approval a) {
            return new Request(name, organisation, host, hostTyped, purpose, vehicle, badge, a);
        }
    }

    /** A visitor signed in, and how their host is being told. */
    public record SignedIn(Visit visit, Notification notification) {
    }

    private final Jdbi jdbi;
    private final CounterSetup counter;
    private final Directory directory;
    private final FrontDeskConfig config;
    private final Notifications notifications;
    private final WatchList watchList;
    private final StaffService staff;
    private final Journal journal;
    private final Clock clock;
    private final Runnable queued;

    public Visits(Jdbi jdbi, CounterSetup counter, Directory directory, FrontDeskConfig config, Notifications notifications,
                  WatchList watchList, StaffService staff, Journal journal, Clock clock, Runnable queued) {
        this.jdbi = jdbi;
        this.counter = counter;
        this.directory = directory;
        this.config = config;
        this.notifications = notifications;
        this.watchList = watchList;
        this.staff = staff;
        this.journal = journal;
        this.clock = clock;
        this.queued = queued;
    }

    /** Signs a visitor in, or refuses (beside the field at fault) with nothing written. */
    public SignedIn signIn(Actor actor, Request r) {
        return signIn(actor, r, null);
    }

    SignedIn signIn(Actor actor, Request r, Long expectedId) {
        FrontDeskSettings settings = config.settings();
        String name = VisitorNames.check("name", r.name());
        String organisation = Texts.optional("organisation", "organisation", r.organisation(), 80);
        ContactRef hostRef = r.host() != null ? r.host() : ContactRef.of(directory.resolve("host", r.hostTyped()));
        String purpose = Texts.required("purpose", "purpose of the visit", r.purpose(), 2, 120);
        String vehicle = vehicle(r.vehicle());
        int badge = badge(r.badge(), settings.badges());
        Long approvedBy = watchListApproval(actor, name, r.approval());
        Instant now = clock.instant();
        LocalDate date = counter.businessDate();
        SignedIn done;
        try {
            done = jdbi.inTransaction(h -> {
                Contact host = directory.requireActive(h, "host", hostRef);
                VisitDao dao = new VisitDao(h);
                long id = dao.insert(counter.terminal().id(), date, name, organisation, purpose, vehicle, hostRef, badge,
                        expectedId, now, actor.staff().id(), approvedBy);
                dao.takeBadge(badge, id);
                Notification n = notifications.queue(h, settings, SUBJECT, id, host);
                JournalEvent event = JournalEvent.of("VISITOR_SIGNED_IN", actor.staffNumber(), actor.terminalCode(),
                                SUBJECT, id).with("badge", badge).with("notify", n.channel().name())
                        .with(hostRef.kind() == Contact.Kind.PERSON ? "host" : "unit", hostRef.id());
                if (expectedId != null) {
                    event = event.with("expected", expectedId);
                }
                if (approvedBy != null) {
                    event = event.with("watchListApprovedBy", approvedBy);
                }
                journal.append(h, event);
                return new SignedIn(dao.byId(id).orElseThrow(), n);
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                if (expectedId != null && badgeHolder(badge).isEmpty()) {
                    throw new Refused("This expected visitor has already been signed in.");
                }
                throw badgeTaken(badge, settings.badges());
            }
            throw e;
        }
        queued.run();
        notifications.changed();
        return done;
    }

    private Long watchListApproval(Actor actor, String name, Approval approval) {
        Optional<WatchEntry> hit = watchList.match(name);
        if (hit.isEmpty()) {
            return null;
        }
        if (approval == null) {
            throw new WatchListHit(hit.get());
        }
        Staff supervisor = staff.approve(approval.staffNumber(), approval.pin(), actor, Set.of(),
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

    private int badge(String typed, BadgeRange range) {
        String t = typed == null ? "" : typed.strip();
        String free = nextFreeBadge().map(b -> " Badge " + b + " is free.").orElse(" All badges are in use.");
        if (t.isEmpty()) {
            throw new Refused("badge", "Enter the number of the badge you hand over." + free);
        }
        if (!t.matches("\\d{1,5}")) {
            throw new Refused("badge", "A badge number is digits only." + free);
        }
        int badge = Integer.parseInt(t);
        if (!range.contains(badge)) {
            throw new Refused("badge", "Badges here are numbered " + range.first() + " to " + range.last() + "." + free);
        }
        if (badgeHolder(badge).isPresent()) {
            throw badgeTaken(badge, range);
        }
        return badge;
    }

    private Refused badgeTaken(int badge, BadgeRange range) {
        Optional<Visit> holder = badgeHolder(badge);
        String free = nextFreeBadge().map(b -> " Badge " + b + " is free.").orElse(" All badges are in use.");
        return new Refused("badge", "Badge " + badge + " is already in use" + holder.map(v -> " (" + v.name()
                + ", signed in at " + time(v.signedInAt()) + ")").orElse("") + "." + free);
    }

    private Optional<Visit> badgeHolder(int badge) {
        return jdbi.withHandle(h -> new VisitDao(h).onSiteWithBadge(badge));
    }

    /** The lowest badge number in the range that nobody is wearing. */
    public Optional<Integer> nextFreeBadge() {
        BadgeRange range = config.settings().badges();
        Set<Integer> used = new HashSet<>(jdbi.withHandle(h -> new VisitDao(h).badgesInUse()));
        for (int b = range.first(); b <= range.last(); b++) {
            if (!used.contains(b)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * Signs out whoever the desk means by {@code typed}: a badge number, a badge's QR code
     * (scanned), or a name (the one visitor on site of that name).
     */
    public Visit signOutTyped(Actor actor, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new Refused("signOut", "Type the badge number or the visitor's name, or scan the badge.");
        }
        if (t.matches("\\d{1,5}")) {
            Visit v = badgeHolder(Integer.parseInt(t)).orElseThrow(() -> new Refused("signOut",
                    "Nobody is signed in with badge " + t + "."));
            return signOut(actor, v.id());
        }
        if (t.matches("[Vv]\\d{1,12}")) {
            return signOut(actor, Long.parseLong(t.substring(1)));
        }
        String key = VisitorNames.matchKey(t);
        List<Visit> here = onSite();
        List<Visit> exact = here.stream().filter(v -> VisitorNames.matchKey(v.name()).equals(key)).toList();
        List<Visit> found = exact.isEmpty()
                ? here.stream().filter(v -> VisitorNames.matchKey(v.name()).contains(key)).toList() : exact;
        if (found.isEmpty()) {
            throw new Refused("signOut", "No one called \"" + t + "\" is signed in.");
        }
        if (found.size() > 1) {
            throw new Refused("signOut", found.size() + " visitors signed in match \"" + t + "\" (badges "
                    + String.join(", ", found.stream().map(v -> Integer.toString(v.badge())).toList())
                    + "): sign out by badge number.");
        }
        return signOut(actor, found.get(0).id());
    }

    /** Signs out visit {@code visitId}; refused if they are not signed in. */
    public Visit signOut(Actor actor, long visitId) {
        Instant now = clock.instant();
        try {
            return jdbi.inTransaction(h -> {
                VisitDao dao = new VisitDao(h);
                Visit v = dao.byId(visitId).orElseThrow(() -> new Refused("signOut", "There is no visit "
                        + Visit.codeOf(visitId) + "."));
                if (!v.onSite()) {
                    throw alreadyOut(v);
                }
                dao.signOut(visitId, now, actor.staff().id(), false);
                dao.returnBadge(visitId);
                journal.append(h, JournalEvent.of("VISITOR_SIGNED_OUT", actor.staffNumber(), actor.terminalCode(),
                        SUBJECT, visitId).with("badge", v.badge()));
                return dao.byId(visitId).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw alreadyOut(byId(visitId).orElseThrow());
            }
            throw e;
        }
    }

    private Refused alreadyOut(Visit v) {
        return new Refused("signOut", v.name() + " is not signed in: they " + (v.automatic()
                ? "were signed out automatically at close of business" : "signed out at " + time(v.signedOutAt())) + ".");
    }

    /**
     * Signs out, as of the close of business that followed their arrival, every visitor still
     * signed in after it; they are flagged on the next day's list. Returns how many.
     */
    public int signOutAfterCloseOfBusiness() {
        if (!counter.isSetUp()) {
            return 0;
        }
        LocalTime close = config.settings().closeOfBusiness();
        ZoneId zone = counter.organisation().timeZone();
        Instant now = clock.instant();
        int count = 0;
        for (Visit v : onSite()) {
            Instant closeAt = closeAfter(v.signedInAt(), close, zone);
            if (now.isBefore(closeAt)) {
                continue;
            }
            try {
                jdbi.useTransaction(h -> {
                    VisitDao dao = new VisitDao(h);
                    dao.signOut(v.id(), closeAt, null, true);
                    dao.returnBadge(v.id());
                    journal.append(h, JournalEvent.of("VISITOR_AUTO_SIGNED_OUT", SYSTEM, counter.terminal().code(),
                            SUBJECT, v.id()).with("badge", v.badge()));
                });
                count++;
            } catch (RuntimeException e) {
                if (!Sql.isUniqueViolation(e)) {
                    throw e;
                }
                // Signed out at the desk a moment ago: nothing to do.
            }
        }
        if (count > 0) {
            notifications.changed();
        }
        return count;
    }

    /** The first close of business after {@code signedIn} (a visitor who came after closing is counted to the next). */
    static Instant closeAfter(Instant signedIn, LocalTime close, ZoneId zone) {
        ZonedDateTime local = signedIn.atZone(zone);
        ZonedDateTime closing = local.toLocalDate().atTime(close).atZone(zone);
        if (!closing.isAfter(local)) {
            closing = local.toLocalDate().plusDays(1).atTime(close).atZone(zone);
        }
        return closing.toInstant();
    }

    public List<Visit> onSite() {
        return jdbi.withHandle(h -> new VisitDao(h).onSite());
    }

    /** Today's visits, newest first. */
    public List<Visit> today() {
        LocalDate date = counter.businessDate();
        return jdbi.withHandle(h -> new VisitDao(h).onDate(date));
    }

    /** Visitors signed out automatically at the last close of business before today: the desk checks they left. */
    public List<Visit> flagged() {
        LocalDate today = counter.businessDate();
        return jdbi.withHandle(h -> new VisitDao(h).lastDateBefore(today)
                .map(d -> new VisitDao(h).automaticallySignedOutOn(d)).orElse(List.of()));
    }

    public Optional<Visit> byId(long id) {
        return jdbi.withHandle(h -> new VisitDao(h).byId(id));
    }

    Optional<Visit> byId(Handle h, long id) {
        return new VisitDao(h).byId(id);
    }

    private String time(Instant at) {
        return DeskTimes.time(at, counter.organisation().timeZone());
    }
}
