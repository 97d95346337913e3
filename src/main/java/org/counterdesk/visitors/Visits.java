package org.counterdesk.visitors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.PersonalRecords;
import org.counterdesk.frontdesk.WatchList;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.StaffService;
import org.jdbi.v3.core.Jdbi;

/**
 * Signing visitors in and out, and the lists of them. A sign-in is one transaction: the visit,
 * its badge and the notification to the host, and a journal entry naming the visit by id. The
 * email goes later, from the outbox, so a mail problem never loses a visit. The work is done
 * by {@link VisitSignIn}, {@link VisitSignOut} and {@link CloseOfBusiness}.
 */
public final class Visits {

    public static final String SUBJECT = "visit";
    static final String SYSTEM = "SYSTEM";

    /** A supervisor's staff number and PIN, for a name on the watch list. */
    public record Approval(String staffNumber, String pin) {
        /** Without the PIN, so that no log line or message can carry it. */
        @Override
        public String toString() {
            return "Approval[staff " + staffNumber + "]";
        }
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
    private final VisitBadges badges;
    private final VisitSignIn signIn;
    private final VisitSignOut signOut;
    private final CloseOfBusiness closeOfBusiness;

    public Visits(Jdbi jdbi, CounterSetup counter, Directory directory, FrontDeskConfig config, Notifications notifications,
                  WatchList watchList, StaffService staff, Journal journal, Clock clock, Runnable queued) {
        this.jdbi = jdbi;
        this.counter = counter;
        this.badges = new VisitBadges(jdbi, counter, config);
        this.signIn = new VisitSignIn(jdbi, new VisitSignIn.Parts(counter, directory, config, notifications, watchList,
                staff, journal, clock, queued), badges);
        this.signOut = new VisitSignOut(jdbi, counter, badges, this::onSite, journal, clock);
        this.closeOfBusiness = new CloseOfBusiness(jdbi, counter, config, notifications, this::onSite, journal, clock);
    }

    /** Signs a visitor in, or refuses (beside the field at fault) with nothing written. */
    public SignedIn signIn(Actor actor, Request r) {
        return signIn.signIn(actor, r, null);
    }

    SignedIn signIn(Actor actor, Request r, Long expectedId) {
        return signIn.signIn(actor, r, expectedId);
    }

    /** The lowest badge number in the range that nobody is wearing. */
    public Optional<Integer> nextFreeBadge() {
        return badges.nextFree();
    }

    /**
     * Signs out whoever the desk means by {@code typed}: a badge number, a badge's QR code
     * (scanned), or a name (the one visitor on site of that name).
     */
    public Visit signOutTyped(Actor actor, String typed) {
        return signOut.typed(actor, typed);
    }

    /** Signs out visit {@code visitId}; refused if they are not signed in. */
    public Visit signOut(Actor actor, long visitId) {
        return signOut.visit(actor, visitId);
    }

    /**
     * Signs out, as of the close of business that followed their arrival, every visitor still
     * signed in after it; they are flagged on the next day's list. Returns how many.
     */
    public int signOutAfterCloseOfBusiness() {
        return closeOfBusiness.signOutStayers();
    }

    public List<Visit> onSite() {
        return jdbi.withHandle(h -> new VisitDao(h).onSite());
    }

    /** Today's visits, newest first. */
    public List<Visit> today() {
        LocalDate date = counter.deskDate();
        return jdbi.withHandle(h -> new VisitDao(h).onDate(date));
    }

    /** Visitors signed out automatically at the last close of business before today: the desk checks they left. */
    public List<Visit> flagged() {
        LocalDate today = counter.deskDate();
        return jdbi.withHandle(h -> new VisitDao(h).lastDateBefore(today)
                .map(d -> new VisitDao(h).automaticallySignedOutOn(d)).orElse(List.of()));
    }

    public Optional<Visit> byId(long id) {
        return jdbi.withHandle(h -> new VisitDao(h).byId(id));
    }

    /** The retention job's hold on visit rows: name, organisation, purpose and vehicle are replaced; times stay. */
    public PersonalRecords personalRecords() {
        return new PersonalRecords("visits", (h, cutoff, cutoffDate, now) -> new VisitDao(h).deidentifyBefore(cutoff, now));
    }
}
