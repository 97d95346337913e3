package org.counterdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.counterdesk.exchange.batch.AckSummary;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;
import org.junit.jupiter.api.Test;

/** The Sync screen's sentences, for each mix of batch states. */
class SyncTextsTest {

    @Test
    void theHeadlineCountsWhatIsNotYetAccepted() {
        assertThat(SyncTexts.headline(List.of(batch(1, BatchState.ACCEPTED), batch(2, BatchState.ACCEPTED))))
                .isEqualTo("All batches accepted");
        assertThat(SyncTexts.headline(List.of(batch(4, BatchState.SENT), batch(3, BatchState.SENT),
                batch(2, BatchState.REJECTED), batch(1, BatchState.ACCEPTED))))
                .isEqualTo("2 batches wait for finance; 1 rejected");
        assertThat(SyncTexts.headline(List.of(batch(2, BatchState.QUEUED), batch(1, BatchState.MISMATCH))))
                .isEqualTo("1 batch is queued for the outbox; 1 read wrongly by finance (checksum mismatch)");
    }

    @Test
    void closedDaysNotExportedAreListedShort() {
        assertThat(SyncTexts.notExported(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21))))
                .isEqualTo("Closed days not yet exported: 20 Nov, 21 Nov");
        assertThat(SyncTexts.notExported(List.of())).isEqualTo("Every closed day has been exported.");
    }

    @Test
    void filesMovedAsideAreNamedWithTheirReason() {
        assertThat(SyncTexts.acknowledged(new AckSummary(1, 0, 0, List.of(new AckSummary.Refusal("broken.json",
                "not JSON: unexpected end of file"))))).isEqualTo("Acknowledgements read: 1 accepted, 0 rejected, "
                + "0 mismatched.\nMoved aside to rejected/: broken.json (not JSON: unexpected end of file)");
    }

    @Test
    void theMainScreenNamesTheOldestOverdueBatch() {
        assertThat(SyncTexts.overdue(List.of())).isEmpty();
        assertThat(SyncTexts.overdue(List.of(batch(4, BatchState.SENT), batch(3, BatchState.REJECTED))))
                .isEqualTo("Batch CD01-B000003 (day 23 Nov) and 1 more have not been accepted by finance after a day: "
                        + "see Sync with finance (Alt+S).");
    }

    private static BatchStatus batch(long n, BatchState state) {
        return new BatchStatus(n, "CD01-B00000" + n, LocalDate.of(2026, 11, 20).plusDays(n), "CD01-Z00000" + n,
                Instant.parse("2026-11-23T08:00:00Z"), "ab".repeat(32), 1234, state, null, null, null);
    }
}
