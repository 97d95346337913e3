package org.counterdesk.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.counterdesk.common.Refused;
import org.counterdesk.staff.Staff;
import org.counterdesk.testing.ModelSteps;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff screen's rules: adding a person, and what needs a person chosen in the list first. */
class StaffAdminViewModelTest {

    @TempDir
    Path dir;

    private static Staff person(StaffAdminViewModel model, String staffNumber) {
        return model.people().stream().filter(s -> s.staffNumber().equals(staffNumber)).findFirst().orElseThrow();
    }

    @Test
    void twoDifferentPinsAreRefusedAndTheRightOnesAddThePerson() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            StaffAdminViewModel model = new StaffAdminViewModel(c.administrator(), c.services.staffRoom().staff(),
                    steps.background());
            AtomicBoolean added = new AtomicBoolean();
            model.staffNumber().set("1002");
            model.name().set("Ngaire Thompson");
            model.pin().set("4321");
            model.pinAgain().set("4322");
            steps.run(() -> model.add(() -> added.set(true)));
            assertThat(model.errors().of("pinAgain").get()).isEqualTo("The two PINs are different: type the same PIN twice.");
            assertThat(added).isFalse();

            model.pinAgain().set("4321");
            steps.run(() -> model.add(() -> added.set(true)));

            assertThat(added).isTrue();
            assertThat(model.status().get()).isEqualTo("Ngaire Thompson (1002) added. They can sign in now.");
            assertThat(model.staffNumber().get()).isEmpty();
            assertThat(model.pin().get()).isEmpty();
            assertThat(model.state(person(model, "1002"))).isEqualTo("Active");
        }
    }

    @Test
    void aPersonWithoutARoleIsRefusedBesideTheRoles() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            StaffAdminViewModel model = new StaffAdminViewModel(c.administrator(), c.services.staffRoom().staff(),
                    steps.background());
            model.staffNumber().set("1003");
            model.name().set("Ari Lee");
            model.cashier().set(false);
            steps.run(() -> model.add(() -> { }));

            assertThat(model.errors().of("roles").get()).isEqualTo("Give the person at least one role.");
        }
    }

    @Test
    void unlockingNeedsAPersonChosenAndThenClearsTheirLock() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> c.signIn("1001", "0000")).isInstanceOf(Refused.class);
            }
            StaffAdminViewModel model = new StaffAdminViewModel(c.supervisor(), c.services.staffRoom().staff(),
                    steps.background());
            assertThat(model.canAdminister()).isFalse();
            steps.run(model::unlock);
            assertThat(model.errors().general().get()).isEqualTo("Choose a person in the list first.");

            steps.run(model::refresh);
            assertThat(model.state(person(model, "1001"))).isEqualTo("Locked");
            steps.run(() -> model.selected().set(person(model, "1001")));
            steps.run(model::unlock);

            assertThat(model.status().get()).isEqualTo("Casey Nguyen (1001) unlocked.");
            assertThat(model.errors().general().get()).isEmpty();
            assertThat(model.state(person(model, "1001"))).isEqualTo("Active");
        }
    }
}
