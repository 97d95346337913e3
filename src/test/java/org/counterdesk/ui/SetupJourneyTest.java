package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.UiTest;
import org.junit.jupiter.api.Test;

/** Setting up for a real organisation: a bad fee file is refused whole, a good one imported. */
class SetupJourneyTest extends UiTest {

    @Test
    void anAdministratorSetsUpTheirOrganisationFromTheKeyboard() throws Exception {
        Path bad = dir.resolve("bad-fees.json");
        Files.writeString(bad, """
                {"effectiveFrom": "2026-07-01", "fees": [
                  {"code": "DOGD", "description": "Dog", "gl": "1-4300", "tax": "GST", "amount": 52.5, "reference": null}
                ]}""");
        Path good = dir.resolve("fees.json");
        try (InputStream in = getClass().getResourceAsStream("/org/counterdesk/setup/demo-fee-schedule.json")) {
            Files.copy(in, good);
        }

        assertFocused("#demo");
        type(KeyCode.TAB);
        type(KeyCode.ENTER);
        assertFocused("#name");
        enter("Lakeside Shire Council");
        enter("57 940 199 531");
        enter("2 Main Street, Lakeside VIC 3990");
        enter("");
        enter("LS01");
        enter("7001");
        enter("Jordan Blake");
        enter("4826");
        enter("4826");
        enter(bad.toString());
        waitUntil(() -> showing("#feeProblems"));
        assertThat(((ListView<?>) visible("#feeProblems")).getItems()).map(Object::toString).containsExactly(
                "fees[0] (code DOGD) amount: is a number but must be a whole number of cents (like 5250 for $52.50) "
                        + "or null.");
        type(KeyCode.ENTER);
        waitForMessage("This file cannot be imported; nothing was imported");
        assertThat(counter.services.setupRoom().firstRun().needed()).isTrue();

        retype("#feeFile", good.toString());
        waitUntil(() -> text("#feeSummary").startsWith("19 fees, in effect from Wednesday 1 July 2026"));
        type(KeyCode.ENTER);
        waitForMessage("That ABN fails the ABN check");
        assertThat(counter.services.setupRoom().firstRun().needed()).isTrue();

        retype("#abn", "57940199530");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        signIn("7001", "4826");
        waitUntil(() -> showing("#nav"));
        assertThat(text(".app-title")).isEqualTo("Lakeside Shire Council");
        assertThat(showing(".demo-badge")).isFalse();
        assertThat(counter.services.counter().terminal().code()).isEqualTo("LS01");
        assertThat(counter.services.counter().organisation().bank().bsb()).isEqualTo("063-999");
    }
}
