package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/** The morning after a day left unclosed, every screen says so in red. */
class OverdueDayJourneyTest extends DemoUiTest {

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Days.cashTag(c, c.cashier());
        c.clock.advance(Duration.ofDays(1));
    }

    @Test
    void anUnclosedDayIsFlaggedTheNextMorning() {
        signIn("2001", "2222");
        waitUntil(() -> showing("#warning"));
        assertThat(text("#warning")).startsWith("The business day of Monday 23 November 2026 was not closed.");
    }
}
