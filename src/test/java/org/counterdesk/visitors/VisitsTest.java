package org.counterdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.NotificationState;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing visitors in and out on H2 and on PostgreSQL, with the demo directory and no email server. */
@ParameterizedClass
@EnumSource(Store.class)
class VisitsTest extends FrontDeskTest {

    @Parameter
    Store store;

    @Override
    protected Store store() {
        return store;
    }



    private Visits.Request request(String name, String host, String badge) {
        return new Visits.Request(name, "Acme Surveying", null, host, "Site plan meeting", "1abc 234", badge, null);
    }

    @Test
    void aVisitorIsSignedInWithTheirHostToldByPhoneAndSignedOutByBadge() {
        assertThat(fd.visits().nextFreeBadge()).contains(1);
        Visits.SignedIn in = fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "1"));
        Visit v = in.visit();
        assertThat(v.name()).isEqualTo("Jane Citizen");
        assertThat(v.vehicle()).isEqualTo("1ABC234");
        assertThat(v.host().describe()).isEqualTo("Robyn Lee, Planning");
        assertThat(v.signedInAt()).isEqualTo(c.clock.instant());
        assertThat(in.notification().state()).isEqualTo(NotificationState.PHONE_DUE);
        assertThat(in.visit().host().phoneText()).isEqualTo("ext 4021");
        assertThat(fd.visits().nextFreeBadge()).contains(2);
        assertThat(fd.visits().onSite()).extracting(Visit::id).containsExactly(v.id());

        fd.notifications().recordPhoned(cashier, in.notification().id());
        assertThat(fd.notifications().latestFor(Visits.SUBJECT, java.util.List.of(v.id())).get(v.id()).state())
                .isEqualTo(NotificationState.PHONED);

        c.clock.advance(Duration.ofMinutes(40));
        Visit out = fd.visits().signOutTyped(cashier, "1");
        assertThat(out.signedOutAt()).isEqualTo(c.clock.instant());
        assertThat(out.automatic()).isFalse();
        assertThat(fd.visits().onSite()).isEmpty();
        assertThat(fd.visits().nextFreeBadge()).contains(1);
    }

    @Test
    void signOutByNameOrScannedBadgeCodeAndNeverTwice() {
        Visit a = fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "3")).visit();
        Visit b = fd.visits().signIn(cashier, request("Joe Bloggs", "Rates", "4")).visit();
        assertThat(b.host().kind()).isEqualTo(Contact.Kind.UNIT);
        assertThat(fd.visits().signOutTyped(cashier, "jane citizen").id()).isEqualTo(a.id());
        assertThat(fd.visits().signOutTyped(cashier, b.code()).id()).isEqualTo(b.id());
        assertThatThrownBy(() -> fd.visits().signOutTyped(cashier, "Jane Citizen"))
                .hasMessage("No one called \"Jane Citizen\" is signed in.");
        assertThatThrownBy(() -> fd.visits().signOut(cashier, a.id()))
                .hasMessageStartingWith("Jane Citizen is not signed in: they signed out at 10:15 am");
        assertThatThrownBy(() -> fd.visits().signOutTyped(cashier, "3")).hasMessage("Nobody is signed in with badge 3.");
        assertThat(c.rows("visit_sign_out")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsWritten() {
        fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "5"));
        long visits = c.rows("visit");
        assertRefused(request("", "robyn", "6"), "name", "Enter the visitor's name.");
        assertRefused(request("x", "robyn", "6"), "name", "must be 2 to 80 characters");
        assertRefused(request("R2D2", "robyn", "6"), "name", "A name has no digits");
        assertRefused(request("zzzz", "robyn", "6"), "name", "is not a name");
        assertRefused(request("Jane <script>", "robyn", "6"), "name", "letters, spaces, hyphens and apostrophes");
        assertRefused(request("Sam Smith", "Nobody Atall", "6"), "host", "No one in the directory matches \"Nobody Atall\"");
        assertRefused(request("Sam Smith", "", "6"), "host", "Type part of a name");
        assertRefused(request("Sam Smith", "robyn", "5"), "badge", "Badge 5 is already in use (Jane Citizen, signed in at "
                + "10:15 am). Badge 1 is free.");
        assertRefused(request("Sam Smith", "robyn", "51"), "badge", "Badges here are numbered 1 to 50.");
        assertRefused(request("Sam Smith", "robyn", "seven"), "badge", "A badge number is digits only.");
        assertRefused(new Visits.Request("Sam Smith", null, null, "robyn", "Meeting", "ABC-12345678", "6", null), "vehicle",
                "A registration is letters and digits only");
        assertRefused(new Visits.Request("Sam Smith", null, null, "robyn", "", null, "6", null), "purpose",
                "Enter the purpose of the visit.");
        assertThat(c.rows("visit")).isEqualTo(visits);
        assertThat(c.rows("notification")).isEqualTo(1);
        assertThatThrownBy(() -> fd.visits().signOutTyped(cashier, "Nobody Here")).isInstanceOf(Refused.class)
                .hasMessage("No one called \"Nobody Here\" is signed in.");
    }

    private void assertRefused(Visits.Request r, String field, String message) {
        assertThatThrownBy(() -> fd.visits().signIn(cashier, r)).isInstanceOf(Refused.class)
                .hasMessageContaining(message).extracting(t -> ((Refused) t).field()).isEqualTo(field);
    }

    @Test
    void aNameOnTheWatchListNeedsASupervisorWhoIsNotTheDesk() {
        Actor admin = c.administrator();
        fd.watchList().add(admin, "Mallory Grant", "Trespass notice issued: call security on ext 4000.");
        Visits.Request r = request("grant mallory", "robyn", "8");
        assertThatThrownBy(() -> fd.visits().signIn(cashier, r)).isInstanceOf(WatchListHit.class)
                .hasMessageContaining("call security on ext 4000");
        assertThatThrownBy(() -> fd.visits().signIn(cashier, r.withApproval(new Visits.Approval("1001", "1111"))))
                .hasMessageContaining("is not a supervisor");
        assertThat(c.rows("visit")).isZero();
        Visit v = fd.visits().signIn(cashier, r.withApproval(new Visits.Approval("2001", "2222"))).visit();
        assertThat(v.onSite()).isTrue();
        String journal = journalText();
        assertThat(journal).contains("WATCH_LIST_ADDED", "VISITOR_SIGNED_IN", "watchListApprovedBy")
                .doesNotContain("Mallory", "Grant", "Trespass");
    }

    @Test
    void visitorsStillInAtCloseOfBusinessAreSignedOutThenAndFlaggedNextMorning() {
        Visit stays = fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "1")).visit();
        Visit leaves = fd.visits().signIn(cashier, request("Joe Bloggs", "robyn", "2")).visit();
        fd.visits().signOut(cashier, leaves.id());
        c.clock.set(ZonedDateTime.of(2026, 11, 23, 17, 29, 0, 0, MutableClock.MELBOURNE).toInstant());
        assertThat(fd.visits().signOutAfterCloseOfBusiness()).isZero();
        c.clock.set(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, MutableClock.MELBOURNE).toInstant());
        assertThat(fd.visits().signOutAfterCloseOfBusiness()).isEqualTo(1);
        Visit out = fd.visits().byId(stays.id()).orElseThrow();
        assertThat(out.automatic()).isTrue();
        assertThat(out.signedOutAt()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 17, 30, 0, 0, MutableClock.MELBOURNE)
                .toInstant());
        assertThat(fd.visits().flagged()).extracting(Visit::id).containsExactly(stays.id());
        assertThat(fd.visits().onSite()).isEmpty();
        assertThat(fd.visits().signOutAfterCloseOfBusiness()).isZero();
        assertThat(journalText()).contains("VISITOR_AUTO_SIGNED_OUT");
    }

    @Test
    void aVisitorArrivingAfterCloseIsCountedToTheNextClose() {
        c.clock.set(ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, MutableClock.MELBOURNE).toInstant());
        fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "1"));
        c.clock.advance(Duration.ofHours(2));
        assertThat(fd.visits().signOutAfterCloseOfBusiness()).isZero();
        assertThat(fd.visits().onSite()).hasSize(1);
    }

    @Test
    void anExpectedVisitorIsSignedInWithOneSelection() {
        var form = new ExpectedVisits.Form(c.services.counter().businessDate(), "Priya Raman", "Raman Architects", null,
                "Daniel", "Pre-application meeting");
        ExpectedVisit e = fd.expected().add(cashier, form);
        assertThat(fd.expected().stillExpectedToday()).extracting(ExpectedVisit::id).containsExactly(e.id());
        Visit v = fd.expected().arrive(cashier, e.id(), null).visit();
        assertThat(v.name()).isEqualTo("Priya Raman");
        assertThat(v.badge()).isEqualTo(1);
        assertThat(v.expectedId()).isEqualTo(e.id());
        assertThat(fd.expected().stillExpectedToday()).isEmpty();
        assertThatThrownBy(() -> fd.expected().arrive(cashier, e.id(), null)).hasMessageContaining("already been signed in");
        assertThatThrownBy(() -> fd.expected().add(cashier, new ExpectedVisits.Form(
                c.services.counter().businessDate().minusDays(1), "Priya Raman", null, null, "Daniel", "Meeting")))
                .hasMessageContaining("That day has passed");
    }

    @Test
    void theEvacuationRollListsEveryoneOnSiteInLargeTypeWithATickColumn() throws Exception {
        fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "1"));
        fd.visits().signIn(cashier, new Visits.Request("Zoë Ångström-O'Neil", null, null, "Rates", "Rates objection",
                null, "12", null));
        Visit gone = fd.visits().signIn(cashier, request("Joe Bloggs", "Tom", "3")).visit();
        fd.visits().signOut(cashier, gone.id());
        Path roll = fd.visitorDocuments().printEvacuationRoll(fd.visits().onSite());
        String text = Pdfs.text(roll);
        assertThat(text).contains("EVACUATION ROLL", "2 visitors signed in", "Jane Citizen", "Robyn Lee, Planning",
                "1ABC234", "Zoë Ångström-O'Neil", "Rates (business unit)", "10:15 am", "\u2610", "DEMO")
                .doesNotContain("Joe Bloggs", "?");
        assertThat(Pdfs.pageSize(roll)[0]).isGreaterThan(Pdfs.pageSize(roll)[1]);
        assertThat(c.folder.printed().resolve(roll.getFileName())).exists();
        Pdfs.keepSample(roll, "evacuation-roll.pdf");
    }

    @Test
    void theBadgeCarriesTheVisitAndAQrCodeThatSignsItOut() throws Exception {
        Visit v = fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "7")).visit();
        Path badge = fd.visitorDocuments().printBadge(v);
        assertThat(Pdfs.text(badge)).contains("VISITOR", "Jane Citizen", "Acme Surveying", "Robyn Lee, Planning",
                "23 Nov 2026, 10:15 am", "7");
        String qr = Pdfs.qrOnFirstPage(badge);
        assertThat(qr).isEqualTo(v.code());
        Pdfs.keepSample(badge, "visitor-badge.pdf");
        assertThat(fd.visits().signOutTyped(cashier, qr).id()).isEqualTo(v.id());
    }

    @Test
    void theJournalNamesVisitsByIdAndNeverHoldsPersonalDetails() {
        Visit v = fd.visits().signIn(cashier, request("Jane Citizen", "robyn", "1")).visit();
        fd.visits().signOut(cashier, v.id());
        String journal = journalText();
        assertThat(journal).contains("VISITOR_SIGNED_IN", "VISITOR_SIGNED_OUT", "subject_type=visit")
                .doesNotContain("Jane", "Citizen", "Acme", "1ABC234", "Site plan");
        assertThat(c.services.database().jdbi().withHandle(h -> c.services.journal().verify(h)).intact()).isTrue();
        assertThat(ContactRef.of(v.host()).hostId()).isNotNull();
    }

    private String journalText() {
        return c.services.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM journal ORDER BY seq")
                .mapToMap().list()).toString();
    }
}
