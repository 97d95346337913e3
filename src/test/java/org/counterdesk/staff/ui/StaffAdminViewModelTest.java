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
        return model.shown().people().stream().filter(s -> s.staffNumber().equals(staffNumber)).findFirst().orElseThrow();
    }

    @Test
    void twoDifferentPinsAreRefusedAndTheRightOnesAddThePerson() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            StaffAdminViewModel model = new StaffAdminViewModel(c.administrator(), c.services.staffRoom().staff(),
                    steps.background());
            AtomicBoolean added = new AtomicBoolean();
            model.form().staffNumber().set("1002");
            model.form().name().set("Ngaire Thompson");
            model.form().pin().typed().set("4321");
            model.form().pin().again().set("4322");
            steps.run(() -> model.add(() -> added.set(true)));
            assertThat(model.shown().errors().of("pinAgain").get()).isEqualTo("The two PINs are different: type the same PIN twice.");
            assertThat(added).isFalse();

            model.form().pin().again().set("4321");
            steps.run(() -> model.add(() -> added.set(true)));

            assertThat(added).isTrue();
            assertThat(model.shown().status().get()).isEqualTo("Ngaire Thompson (1002) added. They can sign in now.");
            assertThat(model.form().staffNumber().get()).isEmpty();
            assertThat(model.form().pin().typed().get()).isEmpty();
            assertThat(model.state(person(model, "1002"))).isEqualTo("Active");
        }
    }

    @Test
    void aPersonWithoutARoleIsRefusedBesideTheRoles() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            StaffAdminViewModel model = new StaffAdminViewModel(c.administrator(), c.services.staffRoom().staff(),
                    steps.background());
            model.form().staffNumber().set("1003");
            model.form().name().set("Ari Lee");
            model.form().cashier().set(false);
            steps.run(() -> model.add(() -> { }));

            assertThat(model.shown().errors().of("roles").get()).isEqualTo("Give the person at least one role.");
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
            assertThat(model.shown().errors().general().get()).isEqualTo("Choose a person in the list first.");

            steps.run(model::refresh);
            assertThat(model.state(person(model, "1001"))).isEqualTo("Locked");
            steps.run(() -> model.form().selected().set(person(model, "1001")));
            steps.run(model::unlock);

            assertThat(model.shown().status().get()).isEqualTo("Casey Nguyen (1001) unlocked.");
            assertThat(model.shown().errors().general().get()).isEmpty();
            assertThat(model.state(person(model, "1001"))).isEqualTo("Active");
        }
    }
}
