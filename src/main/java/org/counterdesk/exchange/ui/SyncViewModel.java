package org.counterdesk.exchange.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.backup.Backups;
import org.counterdesk.exchange.ExchangeRoom;
import org.counterdesk.exchange.batch.BatchExports;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * The supervisor's link with finance: the batches and where each stands, exporting closed
 * days, reading finance's acknowledgements, sending a batch again, and backing up. Everything
 * that touches the disk runs in the background; the screen shows the outcome in a sentence.
 */
public final class SyncViewModel {

    private static final Set<BatchState> SENT_AGAIN = Set.of(BatchState.REJECTED, BatchState.MISMATCH, BatchState.QUEUED);

    private final Actor actor;
    private final BatchExports exports;
    private final CounterSetup counter;
    private final Background background;
    private final FormErrors errors = new FormErrors("backupFile", "outbox", "inbox");
    private final Shown shown;
    private final Form form;
    private final ListReads reads = new ListReads("the batches sent to finance", errors);

    /** What is chosen and typed: the batch selected in the list, the backup card and the finance folders card. */
    record Form(ObjectProperty<BatchStatus> selected, BackupModel backup, FoldersModel folders) {
    }

    /**
     * The batches and where they stand in a sentence, the closed days not exported, what the last action did, the
     * refusals, the background work's progress, and the time zone the times are shown in.
     */
    record Shown(ObservableList<BatchStatus> batches, StringProperty headline, StringProperty notExported,
                 StringProperty done, FormErrors errors, ReadOnlyBooleanProperty busy, ReadOnlyDoubleProperty progress,
                 ReadOnlyStringProperty progressText, ZoneId zone) {
    }

    public SyncViewModel(Actor actor, ExchangeRoom room, Backups backups, CounterSetup counter, Path dataFolder,
                         Background background) {
        this.actor = actor;
        this.exports = room.batches();
        this.counter = counter;
        this.background = background;
        this.shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleStringProperty(""), errors, background.busy(),
                background.progress(), background.progressText(), counter.organisation().timeZone());
        SyncParts parts = new SyncParts(actor, background, errors, shown.done());
        this.form = new Form(new SimpleObjectProperty<>(), new BackupModel(parts, backups, dataFolder),
                new FoldersModel(parts, room.folders()));
    }

    /** Reads the batches and the days not exported again, and offers a fresh backup name. */
    public void refresh() {
        form.backup().refresh(counter.now());
        form.folders().refresh();
        reload();
    }

    private void reload() {
        reads.read(() -> new Snapshot(exports.batches(), SyncTexts.notExported(exports.daysNotExported())), s -> {
            shown.batches().setAll(s.batches());
            shown.headline().set(SyncTexts.headline(s.batches()));
            shown.notExported().set(s.notExported());
        });
    }

    private record Snapshot(List<BatchStatus> batches, String notExported) {
    }

    /** F5: every closed day not yet exported, oldest first, with a progress bar. */
    void exportPending() {
        clearOutcome();
        background.track(steps -> {
            var days = exports.daysNotExported();
            if (!days.isEmpty()) {
                steps.step(0, 1, SyncTexts.notExported(days).replace("not yet exported", "to export"));
            }
            return exports.exportPending(actor, steps::step);
        }, r -> finish(SyncTexts.exported(r)), this::failed);
    }

    /** F6: finance's acknowledgements in the inbox. */
    void readAcknowledgements() {
        clearOutcome();
        background.run(exports::readInbox, a -> finish(SyncTexts.acknowledged(a)), this::failed);
    }

    /** F7: the selected batch again, when finance rejected or misread it or it is still queued. */
    void sendAgain() {
        clearOutcome();
        BatchStatus b = form.selected().get();
        if (b == null) {
            errors.setGeneral("Select a batch in the list first, then press F7 to send it again.");
            return;
        }
        if (!SENT_AGAIN.contains(b.state())) {
            errors.setGeneral("Batch " + b.batchNo() + " is " + b.state() + ": only a rejected, mismatched or queued "
                    + "batch is sent again.");
            return;
        }
        background.run(() -> {
            exports.resend(actor, b.number());
            return exports.batches().stream().filter(s -> s.number() == b.number()).findFirst().orElseThrow();
        }, now -> finish(SyncTexts.resent(now)), this::failed);
    }

    /** F8: a backup of the database to the file named in the field. */
    void backUp() {
        clearOutcome();
        form.backup().backUp(r -> finish(SyncTexts.backedUp(r)), this::failed);
    }

    /** A new action starts with no refusal and no sentence of what the last one did. */
    private void clearOutcome() {
        errors.clear();
        shown.done().set("");
    }

    private void finish(String message) {
        shown.done().set(message);
        reload();
    }

    private void failed(Throwable t) {
        errors.show(t);
        reload();
    }

    Form form() {
        return form;
    }

    Shown shown() {
        return shown;
    }
}
