package org.counterdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/** A batch finance has not accepted a day after it was made is named on every screen. */
class OverdueBatchJourneyTest extends DemoUiTest {

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        ClosedDays.close(c, 1);
        c.services.exchangeRoom().batches().exportPending(c.supervisor(), ExportProgress.NONE);
        c.clock.advance(Duration.ofDays(2));
    }

    @Test
    void anUnacknowledgedBatchIsFlaggedOnTheMainScreen() {
        signIn("1001", "1111");
        waitUntil(() -> showing("#warning"));
        assertThat(text("#warning")).contains("Batch CD01-B000001 (day 23 Nov) has not been accepted by finance after a "
                + "day: see Sync with finance (Alt+S).");
    }
}
