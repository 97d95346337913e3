package org.counterdesk.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.StaffService;
import org.counterdesk.testing.ModelSteps;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in screen's rules, from the typed staff number and PIN to the message beside each field. */
class SignInViewModelTest {

    @TempDir
    Path dir;

    private final AtomicReference<Actor> signedIn = new AtomicReference<>();

    private SignInViewModel model(TestCounter c, ModelSteps steps, String staffNumber) {
        return new SignInViewModel(c.services.staffRoom().staff(), c.services.counter(), steps.background(), staffNumber);
    }

    private void attempt(ModelSteps steps, SignInViewModel model, String number, String pin) {
        steps.run(() -> {
            model.form().staffNumber().set(number);
            model.form().pin().set(pin);
            model.signIn(signedIn::set);
        });
    }

    @Test
    void aWrongPinIsSaidBesideThePinWhichIsCleared() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            SignInViewModel model = model(c, steps, null);
            attempt(steps, model, "1001", "0000");

            assertThat(model.shown().errors().of("pin").get()).isEqualTo(StaffService.MISMATCH);
            assertThat(model.form().pin().get()).isEmpty();
            assertThat(model.form().staffNumber().get()).isEqualTo("1001");
            assertThat(signedIn.get()).isNull();
        }
    }

    @Test
    void afterFiveWrongPinsEvenTheRightOneIsRefusedBesideTheStaffNumber() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            SignInViewModel model = model(c, steps, null);
            for (int i = 0; i < 5; i++) {
                attempt(steps, model, "1001", "0000");
            }
            attempt(steps, model, "1001", "1111");

            assertThat(model.shown().errors().of("staffNumber").get())
                    .isEqualTo("Staff number 1001 is locked after 5 wrong PINs: a supervisor or administrator must unlock it.");
            assertThat(model.shown().errors().of("pin").get()).isEmpty();
            assertThat(signedIn.get()).isNull();
        }
    }

    @Test
    void theRightPinSignsThePersonInAndALockedScreenKeepsTheirNumber() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            SignInViewModel model = model(c, steps, "1001");
            assertThat(model.form().staffNumber().get()).isEqualTo("1001");
            attempt(steps, model, "1001", "1111");

            assertThat(signedIn.get().staff().name()).isEqualTo("Casey Nguyen");
            assertThat(model.shown().errors().any()).isFalse();
            assertThat(model.demo()).isTrue();
            assertThat(model.demoStaff()).contains("1001 / 1111");
        }
    }
}
