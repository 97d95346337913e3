package org.counterdesk.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.counterdesk.testing.FrontDeskTest;
import org.junit.jupiter.api.Test;

/** Personal details past the retention period are replaced, counts and times kept, with a clock the test moves. */
class RetentionTest extends FrontDeskTest {


    @Test
    void visitsOlderThanTheRetentionPeriodAreDeidentifiedOnceADayAndJournaledWithCountsOnly() throws Exception {
        Visit old = fd.visits().signIn(cashier, new Visits.Request("Jane Citizen", "Acme", null, "Robyn", "Site meeting",
                "ABC123", "1", null)).visit();
        Path badge = fd.visitorDocuments().printBadge(old);
        fd.visits().signOut(cashier, old.id());
        var delivery = fd.deliveries().log(cashier, new Deliveries.Form("StarTrack", "ST0001", "1", null, "Rates"));
        fd.deliveries().collect(cashier, delivery.delivery().id(), "Kim Nguyen");
        fd.expected().add(cashier, new ExpectedVisits.Form(c.services.counter().businessDate(), "Priya Raman", null, null,
                "Daniel", "Meeting"));

        c.clock.advance(Duration.ofDays(89));
        Visit recent = fd.visits().signIn(cashier, new Visits.Request("Joe Bloggs", "Bloggs Pty Ltd", null, "Mei",
                "Rates enquiry", null, "2", null)).visit();
        assertThat(fd.retention().runIfDue()).get().extracting(Retention.Run::total).isEqualTo(0);
        assertThat(fd.retention().runIfDue()).isEmpty();

        c.clock.advance(Duration.ofDays(2));
        Retention.Run run = fd.retention().runIfDue().orElseThrow();
        assertThat(run.counts()).isEqualTo(Map.of("visits", 1, "expectedVisits", 1, "deliveryCollections", 1,
                "visitorDocuments", 2));
        Visit gone = fd.visits().byId(old.id()).orElseThrow();
        assertThat(gone.deidentified()).isTrue();
        assertThat(gone.name()).isEqualTo("(removed)");
        assertThat(gone.organisation()).isNull();
        assertThat(gone.vehicle()).isNull();
        assertThat(gone.purpose()).isNull();
        assertThat(gone.signedInAt()).isEqualTo(old.signedInAt());
        assertThat(gone.signedOutAt()).isNotNull();
        assertThat(gone.badge()).isEqualTo(1);
        assertThat(fd.visits().byId(recent.id()).orElseThrow().name()).isEqualTo("Joe Bloggs");
        assertThat(fd.deliveries().byId(delivery.delivery().id()).collectedBy()).isEqualTo("(removed)");
        assertThat(badge).doesNotExist();
        assertThat(Files.list(c.folder.printed()).map(p -> p.getFileName().toString()).toList())
                .noneMatch(n -> n.startsWith("visitor-badge-2026-11-23"));
        assertThat(c.rows("visit")).isEqualTo(2);

        String entries = c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM journal WHERE event = 'RETENTION_RUN' ORDER BY seq").mapTo(String.class).list()).toString();
        assertThat(entries).contains("\"visits\":1", "\"retentionDays\":90").doesNotContain("Jane", "Kim", "Priya");
        String all = c.services.database().jdbi().withHandle(h -> h.createQuery("SELECT * FROM journal").mapToMap().list())
                .toString();
        assertThat(all).doesNotContain("Jane", "Citizen", "Kim Nguyen", "Priya", "ABC123");
    }

    @Test
    void aShorterRetentionPeriodTakesEffectAtTheNextRun() {
        fd.visits().signIn(cashier, new Visits.Request("Jane Citizen", null, null, "Robyn", "Meeting", null, "1", null));
        var s = fd.config().settings();
        fd.config().save(c.administrator(), new FrontDeskConfig.Form("", "", SmtpSettings.Security.NONE, "", "", "",
                "17:30", "7", String.join("\n", s.enquiryTypes()), "1-50", ""));
        c.clock.advance(Duration.ofDays(8));
        assertThat(fd.retention().run().counts().get("visits")).isEqualTo(1);
        assertThat(fd.visits().byId(1).orElseThrow().name()).isEqualTo("(removed)");
        assertThat(List.of(fd.config().settings().retentionDays())).containsExactly(7);
    }
}
