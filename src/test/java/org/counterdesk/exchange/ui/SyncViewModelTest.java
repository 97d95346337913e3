package org.counterdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.CounterModelTest;
import org.junit.jupiter.api.Test;

/** The Sync with finance screen, through its view model: export, send again, folders and backup. */
class SyncViewModelTest extends CounterModelTest {

    private SyncViewModel model(Actor actor) {
        SyncViewModel model = new SyncViewModel(actor, counter.services.exchangeRoom(),
                counter.services.backupRoom().backups(), counter.services.counter(), dir.resolve("data"), steps.background());
        steps.run(model::refresh);
        return model;
    }

    private void settle(SyncViewModel model, Runnable action) {
        steps.run(action);
    }

    @Test
    void aClosedDayIsExportedAndTheHeadlineSaysItWaitsForFinance() {
        ClosedDays.close(counter, 1);
        SyncViewModel model = model(counter.supervisor());
        assertThat(model.shown().notExported().get()).isEqualTo("Closed days not yet exported: 23 Nov");
        settle(model, model::exportPending);
        assertThat(model.shown().done().get()).isEqualTo("Batch CD01-B000001 (day 23 Nov) is in the outbox.");
        assertThat(model.shown().batches()).extracting(b -> b.state()).containsExactly(BatchState.SENT);
        assertThat(model.shown().headline().get()).isEqualTo("1 batch waits for finance");
        assertThat(model.shown().notExported().get()).isEqualTo("Every closed day has been exported.");
    }

    @Test
    void onlyARejectedMismatchedOrQueuedBatchIsSentAgain() {
        ClosedDays.close(counter, 1);
        SyncViewModel model = model(counter.supervisor());
        settle(model, model::sendAgain);
        assertThat(model.shown().errors().general().get()).isEqualTo("Select a batch in the list first, then press F7 to send it again.");
        settle(model, model::exportPending);
        model.form().selected().set(model.shown().batches().get(0));
        settle(model, model::sendAgain);
        assertThat(model.shown().errors().general().get())
                .isEqualTo("Batch CD01-B000001 is SENT: only a rejected, mismatched or queued batch is sent again.");
    }

    @Test
    void aFolderThatIsNotAFullPathIsRefusedBesideItAndNothingChanges() {
        SyncViewModel model = model(counter.administrator());
        Path before = counter.services.exchangeRoom().folders().outbox();
        assertThat(model.form().folders().canChange()).isTrue();
        model.form().folders().paths().outbox().set("finance/out");
        settle(model, model.form().folders()::save);
        assertThat(model.shown().errors().of("outbox").get()).startsWith("Give the outbox as a full path");
        assertThat(counter.services.exchangeRoom().folders().outbox()).isEqualTo(before);
        assertThat(model(counter.supervisor()).form().folders().canChange()).isFalse();
    }

    @Test
    void aBackupGoesToTheFileOfferedAndTheScreenSaysWhere() throws Exception {
        SyncViewModel model = model(counter.supervisor());
        model.form().backup().file().set(" ");
        settle(model, model::backUp);
        assertThat(model.shown().errors().of("backupFile").get()).isEqualTo("Give the file to write the backup to.");
        Path target = dir.resolve("copy.zip");
        model.form().backup().file().set(target.toString());
        settle(model, model::backUp);
        assertThat(model.shown().done().get()).startsWith("Backup written to " + target);
        assertThat(Files.size(target)).isPositive();
    }
}
