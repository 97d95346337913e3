package org.counterdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/** With the finance share down, the batch waits in the local queue, the screen says why, and F7 sends it once it is back. */
class QueuedBatchJourneyTest extends DemoUiTest {

    private Path share;

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        ClosedDays.close(c, 1);
        share = dir.resolve("share");
        var folders = c.services.exchangeRoom().folders();
        folders.change(c.administrator(), share.resolve("outbox"), folders.inbox());
    }

    @Test
    void aBatchWaitsForTheShareAndGoesWhenItIsBack() throws Exception {
        signIn("2001", "2222");
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.S);
        assertFocused("#batchTable");
        waitUntil(() -> text("#notExported").endsWith("23 Nov"));

        type(KeyCode.F5);
        waitUntil(() -> text("#syncDone").startsWith("Batch CD01-B000001 (day 23 Nov) waits in the local queue ("
                + share.resolve("outbox")));
        assertThat(text("#syncDone")).endsWith("; it goes when the outbox can be reached.");
        waitUntil(() -> text("#syncHeadline").equals("1 batch is queued for the outbox"));
        assertThat(counter.services.exchangeRoom().batches().batches().get(0).state()).isEqualTo(BatchState.QUEUED);
        assertThat(counter.services.exchangeRoom().folders().queue().resolve("CD01-B000001.json")).exists();

        Files.createDirectories(share.resolve("outbox"));
        type(KeyCode.F7);
        waitUntil(() -> text("#syncDone").equals("Batch CD01-B000001 was sent again and is in the outbox."));
        assertThat(share.resolve("outbox").resolve("CD01-B000001.manifest.json")).exists();
        waitUntil(() -> text("#syncHeadline").equals("1 batch waits for finance"));
    }
}
