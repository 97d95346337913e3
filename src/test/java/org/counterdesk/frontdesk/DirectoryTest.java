package org.counterdesk.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterdesk.common.Refused;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory administrators keep, and the type-ahead the desk searches it with. */
class DirectoryTest {

    @TempDir
    Path dir;
    TestCounter c;
    Directory directory;
    Actor admin;

    @BeforeEach
    void open() throws Exception {
        c = TestCounter.demo(dir);
        directory = c.services.frontDeskRoom().directory();
        admin = c.administrator();
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void theTypeAheadFindsPeopleByWordStartsUnitsAndExtensions() {
        assertThat(directory.search("rob", 10)).extracting(Contact::describe).containsExactly("Robyn Lee, Planning");
        assertThat(directory.search("pla", 10)).extracting(Contact::describe).containsExactly(
                "Planning (business unit)", "Daniel Papadopoulos, Planning", "Robyn Lee, Planning");
        assertThat(directory.search("planning", 10)).first().extracting(Contact::describe)
                .isEqualTo("Planning (business unit)");
        assertThat(directory.search("lee", 10)).extracting(Contact::describe).containsExactly("Robyn Lee, Planning");
        assertThat(directory.search("4110", 10)).extracting(Contact::name).containsExactly("Mei Chen");
        assertThat(directory.search("ee", 10)).isEmpty();
        assertThat(directory.resolve("host", "Rates (business unit)").kind()).isEqualTo(Contact.Kind.UNIT);
        assertThatThrownBy(() -> directory.resolve("host", "pla")).hasMessageContaining("3 people or units match");
    }

    @Test
    void malformedEmailAddressesAreRefusedBesideTheField() {
        for (String bad : new String[] {"robyn", "robyn@", "@council.vic.gov.au", "robyn@@council.vic.gov.au",
            "robyn lee@council.vic.gov.au", "robyn@council", "robyn@council..vic.gov.au", "robyn@-council.au",
            "robyn.@council.vic.gov.au", "robyn@council.vic.gov.a1", "róbyn@council.vic.gov.au"}) {
            assertThatThrownBy(() -> directory.saveHost(admin, new Directory.HostForm(null, "Robyn Two", null, bad, null,
                    null))).as(bad).isInstanceOf(Refused.class).extracting(t -> ((Refused) t).field()).isEqualTo("email");
        }
        assertThat(EmailAddresses.problem("robyn.lee+desk@council.vic.gov.au")).isEmpty();
        assertThatThrownBy(() -> directory.saveHost(admin, new Directory.HostForm(null, "Robyn Two", null, "", "", null)))
                .hasMessageContaining("Give an email address or an extension");
        assertThatThrownBy(() -> directory.saveUnit(admin, new Directory.UnitForm(null, "planning", "x@y.org", null)))
                .hasMessageContaining("There is already a unit called Planning");
    }

    @Test
    void administratorsKeepTheDirectoryAndTheJournalNamesEntriesById() {
        BusinessUnit unit = directory.saveUnit(admin, new Directory.UnitForm(null, "Libraries", "libraries@riverbend.example.org",
                null));
        Host h = directory.saveHost(admin, new Directory.HostForm(null, "Ngaire Thompson", "5001",
                "ngaire.thompson@riverbend.example.org", "4400", unit.id()));
        assertThat(directory.search("ngai", 5)).extracting(Contact::describe).containsExactly("Ngaire Thompson, Libraries");
        directory.saveHost(admin, new Directory.HostForm(h.id(), "Ngaire Thompson", "5001", "n.thompson@riverbend.example.org",
                "4401", unit.id()));
        assertThat(directory.search("4401", 5)).extracting(Contact::email).containsExactly("n.thompson@riverbend.example.org");
        directory.setActive(admin, new ContactRef(Contact.Kind.PERSON, h.id()), false);
        assertThat(directory.search("ngai", 5)).isEmpty();
        assertThatThrownBy(() -> directory.saveUnit(c.cashier(), new Directory.UnitForm(null, "X Unit", "x@y.org", null)))
                .hasMessageContaining("Only an administrator");
        String journal = c.services.database().jdbi().withHandle(h2 -> h2.createQuery("SELECT * FROM journal").mapToMap()
                .list()).toString();
        assertThat(journal).contains("HOST_ADDED", "HOST_CHANGED", "HOST_DEACTIVATED", "UNIT_ADDED")
                .doesNotContain("Ngaire", "thompson@");
    }
}
