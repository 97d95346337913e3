package org.counterdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffServiceTest {

    @TempDir
    Path dir;

    @Test
    void pinsAreStoredOnlyAsSaltedSlowHashes() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var hashes = c.services.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT pin_hash FROM staff").mapTo(String.class).list());
            assertThat(hashes).hasSize(3).allSatisfy(hash -> {
                assertThat(hash).startsWith("pbkdf2-sha256$600000$").doesNotContain("1111", "2222", "9999");
            });
            assertThat(hashes).doesNotHaveDuplicates();
            String journal = c.services.database().jdbi().withHandle(h ->
                    String.join("\n", h.createQuery("SELECT details FROM journal").mapTo(String.class).list()));
            assertThat(journal).doesNotContain("1111", "2222", "9999");
        }
    }

    @Test
    void fiveWrongPinsInARowLockThePersonUntilUnlocked() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var terminal = c.services.counter().terminal();
            StaffService staff = c.services.staffRoom().staff();
            for (int i = 1; i <= 5; i++) {
                assertThatThrownBy(() -> staff.signIn("1001", "0000", terminal))
                        .hasMessage(StaffService.MISMATCH);
            }
            assertThatThrownBy(() -> staff.signIn("1001", "1111", terminal)).hasMessage(
                    "Staff number 1001 is locked after 5 wrong PINs: a supervisor or administrator must unlock it.");
            Actor supervisor = c.supervisor();
            long caseyId = staff.all().stream().filter(s -> s.staffNumber().equals("1001")).findFirst().orElseThrow().id();
            staff.unlock(supervisor, caseyId);
            assertThat(c.cashier().staff().name()).isEqualTo("Casey Nguyen");
            long lockEntries = c.services.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM journal WHERE event IN ('STAFF_LOCKED', 'STAFF_UNLOCKED')").mapTo(Long.class).one());
            assertThat(lockEntries).isEqualTo(2);
        }
    }

    @Test
    void aCorrectPinResetsTheCountOfFailures() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var terminal = c.services.counter().terminal();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 4; i++) {
                    assertThatThrownBy(() -> c.services.staffRoom().staff().signIn("1001", "0000", terminal)).isInstanceOf(Refused.class);
                }
                c.cashier();
            }
        }
    }

    @Test
    void supervisorsCannotApproveTheirOwnWorkAndAdministratorsCannotApproveAtAll() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Actor supervisor = c.supervisor();
            StaffService staff = c.services.staffRoom().staff();
            assertThat(staff.approve("2001", "2222", cashier, Set.of(cashier.staff().id()), "void").name())
                    .isEqualTo("Sam Okafor");
            assertThatThrownBy(() -> staff.approve("2001", "2222", supervisor, Set.of(), "void"))
                    .hasMessageContaining("cannot approve their own void");
            assertThatThrownBy(() -> staff.approve("2001", "2222", cashier, Set.of(supervisor.staff().id()), "void"))
                    .hasMessageContaining("cannot approve their own void");
            assertThatThrownBy(() -> staff.approve("9001", "9999", cashier, Set.of(), "void"))
                    .hasMessageContaining("is not a supervisor");
        }
    }

    @Test
    void administratorsAddResetAndDeactivateButNeverDelete() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            StaffService staff = c.services.staffRoom().staff();
            Staff added = staff.add(admin, "1002", "Ngaire Thompson", EnumSet.of(Role.CASHIER), "4321");
            assertThat(c.signIn("1002", "4321").staff().id()).isEqualTo(added.id());
            staff.resetPin(admin, added.id(), "8765");
            assertThatThrownBy(() -> c.signIn("1002", "4321")).hasMessage(StaffService.MISMATCH);
            c.signIn("1002", "8765");
            staff.setActive(admin, added.id(), false);
            assertThatThrownBy(() -> c.signIn("1002", "8765")).hasMessageContaining("no longer active");
            assertThat(staff.all()).extracting(Staff::staffNumber).contains("1002");
            assertThatThrownBy(() -> staff.add(admin, "1002", "Someone Else", EnumSet.of(Role.CASHIER), "1234"))
                    .hasMessage("Staff number 1002 is already used.");
            assertThatThrownBy(() -> staff.add(admin, "1003", "Pin Short", EnumSet.of(Role.CASHIER), "12"))
                    .hasMessage("A PIN is 4 to 8 digits.");
            assertThatThrownBy(() -> staff.add(c.cashier(), "1004", "Not Allowed", EnumSet.of(Role.CASHIER), "1234"))
                    .hasMessage("Only an administrator can add staff.");
        }
    }
}
