package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterdesk.exchange.masterdata.ImportFixtures.count;
import static org.counterdesk.exchange.masterdata.ImportFixtures.edited;
import static org.counterdesk.exchange.masterdata.ImportFixtures.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.Host;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the staff directory: people, roles, hosts and units; nobody without a PIN signs in. */
class StaffImportTest {

    private static final String SAMPLE = "staff-directory.json";

    @TempDir
    Path dir;

    private Path sample() {
        return edited(dir, SAMPLE, SAMPLE, doc -> { });
    }

    private static ObjectNode person(ObjectNode doc, String number) {
        for (JsonNode p : doc.get("staff")) {
            if (p.get("staffNumber").asText().equals(number)) {
                return (ObjectNode) p;
            }
        }
        throw new IllegalArgumentException(number);
    }

    private static void remove(ObjectNode doc, String number) {
        Iterator<JsonNode> it = doc.get("staff").elements();
        while (it.hasNext()) {
            if (it.next().get("staffNumber").asText().equals(number)) {
                it.remove();
            }
        }
    }

    private static Staff staff(TestCounter c, String number) {
        return c.services.staffRoom().staff().all().stream().filter(s -> s.staffNumber().equals(number)).findFirst().orElseThrow();
    }

    private static Host host(TestCounter c, String number) {
        return c.services.frontDeskRoom().directory().hosts().stream().filter(h -> number.equals(h.staffNumber()))
                .findFirst().orElseThrow();
    }

    @Test
    void theSampleDirectoryAddsChangesAndDeactivatesAndKeepsEveryoneOnRecord() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path file = sample();
            ImportFixtures.keepSample(file, "staff-directory-import.json");
            ImportResult result = c.services.exchangeRoom().masterData().importStaff(c.administrator(), file);

            assertThat(result.summary()).isEqualTo("Staff directory: 9 people (1 added, 4 changed, 1 deactivated); "
                    + "5 business units (1 added, 1 changed, 0 deactivated)");
            Staff jordan = staff(c, "1002");
            assertThat(jordan.roles()).containsExactly(Role.CASHIER);
            assertThat(jordan.active()).isTrue();
            assertThat(c.services.staffRoom().staff().hasPin(jordan.id())).isFalse();
            assertThat(c.services.staffRoom().staff().withoutPin()).contains(jordan.id()).doesNotContain(staff(c, "1001").id());
            assertThat(host(c, "3301").active()).as("Tom Walker is not in the file").isFalse();
            assertThat(host(c, "3201").extension()).isEqualTo("4111");
            assertThat(host(c, "1002").unitName()).isEqualTo("Customer Service");
            assertThat(c.services.frontDeskRoom().directory().search("jordan", 5)).extracting(Contact::describe)
                    .containsExactly("Jordan Bell, Customer Service");
            assertThat(c.services.frontDeskRoom().directory().hosts()).noneMatch(h -> "3501".equals(h.staffNumber()));
            assertThat(staff(c, "1001").active()).isTrue();
            assertThat(c.services.staffRoom().staff().hasPin(staff(c, "1001").id())).as("existing PINs are kept").isTrue();
        }
    }

    @Test
    void aNewPersonCannotSignInUntilAnAdministratorSetsTheirPin() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            c.services.exchangeRoom().masterData().importStaff(admin, sample());

            assertThatThrownBy(() -> c.signIn("1002", "0000")).isInstanceOf(Refused.class)
                    .hasMessage("Staff number 1002 has no PIN yet: an administrator must set one on the Staff screen.");
            c.services.staffRoom().staff().resetPin(admin, staff(c, "1002").id(), "4321");
            assertThat(c.signIn("1002", "4321").staff().name()).isEqualTo("Jordan Bell");
        }
    }

    @Test
    void someoneLeftOutOfTheFileIsDeactivatedNotDeletedAndCanNoLongerSignIn() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            long before = c.rows("staff");
            Path file = edited(dir, SAMPLE, "staff-without-casey.json", doc -> remove(doc, "1001"));
            c.services.exchangeRoom().masterData().importStaff(c.administrator(), file);

            assertThat(staff(c, "1001").active()).isFalse();
            assertThat(c.rows("staff")).isEqualTo(before + 1);
            assertThatThrownBy(() -> c.signIn("1001", "1111")).hasMessageContaining("no longer active");
            assertThat(count(c, "SELECT COUNT(*) FROM journal WHERE event = 'STAFF_DEACTIVATED' "
                    + "AND details LIKE '%\"staffNumber\":\"1001\"%'")).isEqualTo(1);
        }
    }

    @Test
    void nobodyIsTakenOffTheCounterWhileTheirDrawerIsOpen() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            c.cashier();
            Actor admin = c.administrator();
            Path file = edited(dir, SAMPLE, "staff-without-casey.json", doc -> remove(doc, "1001"));
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, file))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "The file: leaves out staff number 1001, which would take them off the counter, but they "
                                    + "have drawer CD01-1 open (2026-11-23): they must close and balance it first."));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void anImportNeverDeactivatesTheAdministratorRunningItNorLeavesNoAdministrator() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            String before = snapshot(c);
            Path withoutMe = edited(dir, SAMPLE, "no-admin.json", doc -> remove(doc, "9001"));
            Path demoted = edited(dir, SAMPLE, "demoted.json", doc ->
                    ((ArrayNode) person(doc, "9001").putArray("roles")).add("cashier"));
            Path retired = edited(dir, SAMPLE, "retired.json", doc -> person(doc, "9001").put("active", false));

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, withoutMe))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "The file: does not list you (staff number 9001): an import never deactivates the "
                                    + "administrator running it.",
                            "The file: has no active administrator: the counter would be left with nobody to set it up."));
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, demoted))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).first().isEqualTo(
                            "staff[3] (staff number 9001) roles: leaves out administrator, but this is you: an import "
                                    + "never takes the administrator role from the person running it."));
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, retired))
                    .hasMessageContaining("staff[3] (staff number 9001) active: is false, but this is you");
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void aBadRecordInTheMiddleChangesNothingAndEveryProblemNamesItsRecordAndField() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            Path bad = edited(dir, SAMPLE, "staff-bad.json", doc -> {
                person(doc, "3101").put("email", "robyn.lee@riverbend");
                person(doc, "3102").put("businessUnit", "Plannig");
                person(doc, "3201").put("staffNumber", "1002");
                ((ObjectNode) doc.get("businessUnits").get(2)).putNull("phone");
                ((ObjectNode) doc.get("businessUnits").get(2)).putNull("email");
            });
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "businessUnits[2] (name Rates): needs an email address or a phone number, so the desk can "
                                    + "reach the unit.",
                            "staff[4] (staff number 3101) email: The domain in \"robyn.lee@riverbend\" needs a dot, "
                                    + "like council.vic.gov.au.",
                            "staff[5] (staff number 3102) businessUnit: is \"Plannig\", which is not one of the file's "
                                    + "businessUnits.",
                            "staff[6] (staff number 1002) staffNumber: is used twice (also staff[1] (staff number 1002))."))
                    .hasMessageStartingWith("staff-bad.json was refused and nothing was changed: 4 problems.\n");
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void aFileOffTheSchemaOrNotJsonIsRefused() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            Path bad = edited(dir, SAMPLE, "staff-off-schema.json", doc -> {
                person(doc, "2001").putArray("roles").add("cashier").add("manager");
                person(doc, "3101").put("pin", "1234");
                person(doc, "3102").remove("active");
                person(doc, "3201").put("email", "mei chen@riverbend.example.org");
            });
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "staff[2] (staff number 2001) roles[1]: does not have a value in the enumeration "
                                    + "[\"cashier\", \"supervisor\", \"administrator\"].",
                            "staff[4] (staff number 3101) pin: is not a field of this file (is it misspelt?).",
                            "staff[5] (staff number 3102) active: is missing.",
                            "staff[6] (staff number 3201) email: is not a valid email address."));
            Path notJson = ImportFixtures.text(dir, "staff.json", "staffNumber,name\n1001,Casey\n");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, notJson))
                    .hasMessageContaining("staff.json was refused").hasMessageContaining("not valid JSON at line 1");
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void everyChangeIsJournaledWithoutNamesAndTheJournalStillVerifies() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            c.services.exchangeRoom().masterData().importStaff(c.administrator(), sample());

            var jdbi = c.services.database().jdbi();
            List<String> entries = jdbi.withHandle(h -> h.createQuery(
                    "SELECT event || ' ' || details FROM journal ORDER BY seq").mapTo(String.class).list());
            String journal = String.join("\n", entries);
            assertThat(journal).contains("MASTER_DATA_IMPORTED", "\"kind\":\"STAFF\"", "STAFF_ADDED",
                            "\"pin\":\"not set\"", "HOST_DEACTIVATED", "UNIT_ADDED")
                    .doesNotContain("Jordan", "Bell", "riverbend.example.org");
            assertThat(jdbi.withHandle(h -> c.services.journal().verify(h)).intact()).isTrue();
            assertThat(count(c, "SELECT COUNT(*) FROM master_data_import WHERE kind = 'STAFF' AND imported_by = "
                    + staff(c, "9001").id())).isEqualTo(1);
        }
    }
}
