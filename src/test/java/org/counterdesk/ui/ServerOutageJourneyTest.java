package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.SiteTerminals;
import org.counterdesk.testing.StoppablePostgres;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The site's server stops under a running counter: F12 says so in the receipt screen's message
 * area, the draft stays on screen, the screen still answers keys (Esc stops the waiting and keeps
 * the draft, F12 waits again), and once the server is started again the receipt posts by itself, once.
 */
class ServerOutageJourneyTest extends DemoUiTest {

    private StoppablePostgres server;

    @Override
    public void start(Stage stage) throws Exception {
        server = closedAfterTheWindow(StoppablePostgres.start(dir.resolve("pg")));
        counter = SiteTerminals.pc(server.settings(dir.resolve("server")), dir.resolve("counter"));
        prepare(counter);
        openWindow(stage);
    }


    @Test
    void theDraftWaitsOnScreenWhileTheServerIsDownAndPostsOnceWhenItIsBack() throws Exception {
        signInAsCashier();
        enter("TAG");
        type(KeyCode.F5);
        enter("10");
        server.stop();
        type(KeyCode.F12);
        waitForMessage("Waiting for the server");

        assertThat(messages()).contains("The site's database server cannot be reached, so this receipt is not "
                + "confirmed yet", "do not take the payment again", "(retrying every 2 s; Esc to keep editing)");
        assertThat(lookup("#lineTable").queryTableView().getItems()).as("the draft stays").hasSize(1);
        clickOn("#feeQuery");
        write("CAT");
        assertThat(text("#feeQuery")).as("the screen answers keys while it waits").isEqualTo("CAT");
        push(KeyCode.CONTROL, KeyCode.A);
        type(KeyCode.BACK_SPACE);
        type(KeyCode.ESCAPE);
        waitForMessage("Not confirmed yet");
        assertThat(messages()).doesNotContain("Waiting for the server");
        assertThat(lookup("#lineTable").queryTableView().getItems()).as("Esc keeps the draft").hasSize(1);
        type(KeyCode.F12);
        waitForMessage("Waiting for the server");

        server.startAgain();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> showing("#lastPostedBox"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#lastPosted")).isEqualTo("Receipt CD01-000001 posted");
        assertThat(lookup("#lineTable").queryTableView().getItems()).isEmpty();
        assertThat(messages()).doesNotContain("Waiting for the server");
        assertThat(counter.rows("receipt")).isEqualTo(1);
    }
}
