package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.staff.StaffService;
import org.counterdesk.testing.DemoUiTest;
import org.junit.jupiter.api.Test;

/** The sign-in screen answers an unknown number and a wrong PIN alike, and names nobody until the PIN is right. */
class SignInAnswersJourneyTest extends DemoUiTest {

    @Test
    void anUnknownNumberAndAWrongPinShowTheSameMessageAndNoName() {
        signIn("4242", "0000");
        waitForMessage(StaffService.MISMATCH);
        String unknown = messages();

        signIn("1001", "0000");
        waitUntil(() -> text("#pin").isEmpty() && messages().equals(StaffService.MISMATCH)
                && !showing(".progress-indicator"));
        assertThat(messages()).isEqualTo(unknown).isEqualTo(StaffService.MISMATCH).doesNotContain("Casey");

        signIn("1001", "1111");
        waitUntil(() -> showing("#feeQuery"));
    }
}
