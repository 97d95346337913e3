package org.counterdesk.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterdesk.common.Refused;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.deliveries.Delivery;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.enquiries.EnquiryStats;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.PostgresServer;
import org.counterdesk.testing.SiteTerminals;
import org.counterdesk.testing.TestCounter;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The building is one front desk: two PCs of a site (two terminals, each with its own
 * connections to the site's PostgreSQL) share the visitors, the badges and the deliveries.
 * A visitor signed in at one is on the other's evacuation roll and is signed out there; a
 * delivery logged at one is collected at the other; the enquiry counts add up both. Each PC
 * clears its own kept files.
 */
class OneFrontDeskTest {

    @TempDir
    Path dir;
    private TestCounter a;
    private TestCounter b;
    private Actor atA;
    private Actor atB;

    @BeforeEach
    void twoPcsOfOneSite() throws Exception {
        SiteSettings site = PostgresServer.freshDatabase(dir.resolve("server"));
        a = SiteTerminals.pc(site, dir.resolve("reception"));
        a.services.setupRoom().firstRun().loadDemo();
        b = SiteTerminals.pc(site, dir.resolve("counter-2"));
        Terminal second = SiteTerminals.join(b, "CD02");
        atA = a.signIn("1001", "1111");
        atB = b.signIn("2001", "2222");
        assertThat(a.services.counter().terminal().code()).isEqualTo("CD01");
        assertThat(second.code()).isEqualTo("CD02");
        assertThat(atB.terminalCode()).isEqualTo("CD02");
    }

    @AfterEach
    void closePcs() {
        b.close();
        a.close();
    }

    @Test
    void aVisitorSignedInAtOneTerminalIsOnTheOthersRollAndSignsOutThere() throws Exception {
        Visit jane = a.services.frontDeskRoom().visits().signIn(atA, visitor("Jane Citizen", "5")).visit();
        Visits atCounter2 = b.services.frontDeskRoom().visits();
        atCounter2.signIn(atB, visitor("Joe Bloggs", "6"));

        for (TestCounter pc : new TestCounter[] {a, b}) {
            Path roll = pc.services.frontDeskRoom().visitorDocuments().printEvacuationRoll(
                    pc.services.frontDeskRoom().visits().onSite());
            assertThat(Pdfs.text(roll)).as(pc.services.counter().terminal().code() + "'s roll")
                    .contains("EVACUATION ROLL", "2 visitors signed in", "Jane Citizen", "Joe Bloggs");
        }
        assertThatThrownBy(() -> atCounter2.signIn(atB, visitor("Kim Lee", "5")))
                .as("badges are the building's: one handed out at reception is taken").isInstanceOf(Refused.class)
                .hasMessageContaining("Badge 5 is already in use (Jane Citizen");

        Visit out = atCounter2.signOutTyped(atB, "5");
        assertThat(out.id()).isEqualTo(jane.id());
        assertThat(out.onSite()).isFalse();
        assertThat(a.services.frontDeskRoom().visits().onSite()).as("gone from reception's list too")
                .extracting(Visit::name).containsExactly("Joe Bloggs");
    }

    @Test
    void aDeliveryLoggedAtOneTerminalIsCollectedAtTheOther() {
        Delivery parcel = a.services.frontDeskRoom().deliveries().log(atA, new Deliveries.Form("StarTrack", "ST 777", "2",
                null, "Rates")).delivery();
        Deliveries atCounter2 = b.services.frontDeskRoom().deliveries();
        assertThat(atCounter2.uncollected()).extracting(Delivery::id).containsExactly(parcel.id());
        assertThatThrownBy(() -> atCounter2.log(atB, new Deliveries.Form("StarTrack", "st 777", "1", null, "Rates")))
                .as("one consignment, one log entry, whichever desk").hasMessageContaining("was already logged at");

        Delivery collected = atCounter2.collect(atB, parcel.id(), "Robyn Lee");
        assertThat(collected.collectedBy()).isEqualTo("Robyn Lee");
        assertThat(a.services.frontDeskRoom().deliveries().uncollected()).isEmpty();
    }

    @Test
    void enquiriesTalliedAtEitherDeskAddUpForTheSite() {
        a.services.frontDeskRoom().enquiries().record(atA, "Rates", Channel.COUNTER);
        b.services.frontDeskRoom().enquiries().record(atB, "Rates", Channel.COUNTER);
        b.services.frontDeskRoom().enquiries().record(atB, "Animals", Channel.PHONE);

        for (TestCounter pc : new TestCounter[] {a, b}) {
            EnquiryStats site = pc.services.frontDeskRoom().enquiries().today();
            assertThat(site.total()).isEqualTo(3);
            assertThat(site.count("Rates", Channel.COUNTER)).isEqualTo(2);
        }
    }

    @Test
    void eachTerminalRunsTheRetentionOfItsOwnKeptFilesOnceADay() {
        assertThat(a.services.frontDeskRoom().retention().runIfDue()).isPresent();
        assertThat(b.services.frontDeskRoom().retention().runIfDue()).as("the second PC's badge and roll files")
                .isPresent();
        assertThat(a.services.frontDeskRoom().retention().runIfDue()).isEmpty();
        assertThat(b.services.frontDeskRoom().retention().runIfDue()).isEmpty();
    }

    private static Visits.Request visitor(String name, String badge) {
        return new Visits.Request(name, null, null, "Rates", "Rates enquiry", null, badge, null);
    }
}
