package org.counterdesk.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
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
    private final ObservableList<BatchStatus> batches = FXCollections.observableArrayList();
    private final ObjectProperty<BatchStatus> selected = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty notExported = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final ListReads reads = new ListReads("the batches sent to finance", errors);
    private final BackupModel backup;
    private final FoldersModel folders;

    public SyncViewModel(Actor actor, ExchangeRoom room, Backups backups, CounterSetup counter, Path dataFolder,
                         Background background) {
        this.actor = actor;
        this.exports = room.batches();
        this.counter = counter;
        this.background = background;
        this.folders = new FoldersModel(actor, room.folders(), background, errors, done);
        this.backup = new BackupModel(actor, backups, dataFolder, background, errors);
    }

    /** Reads the batches and the days not exported again, and offers a fresh backup name. */
    public void refresh() {
        backup.refresh(counter.now());
        folders.refresh();
        reload();
    }

    private void reload() {
        reads.read(() -> new Snapshot(exports.batches(), SyncTexts.notExported(exports.daysNotExported())), s -> {
            batches.setAll(s.batches());
            headline.set(SyncTexts.headline(s.batches()));
            notExported.set(s.notExported());
        });
    }

    private record Snapshot(List<BatchStatus> batches, String notExported) {
    }

    /** F5: every closed day not yet exported, oldest first, with a progress bar. */
    void exportPending() {
        errors.clear();
        done.set("");
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
        errors.clear();
        done.set("");
        background.run(exports::readInbox, a -> finish(SyncTexts.acknowledged(a)), this::failed);
    }

    /** F7: the selected batch again, when finance rejected or misread it or it is still queued. */
    void sendAgain() {
        errors.clear();
        done.set("");
        BatchStatus b = selected.get();
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
        errors.clear();
        done.set("");
        backup.backUp(r -> finish(SyncTexts.backedUp(r)), this::failed);
    }

    private void finish(String message) {
        done.set(message);
        reload();
    }

    private void failed(Throwable t) {
        errors.show(t);
        reload();
    }

    /** The backup card. */
    BackupModel backup() {
        return backup;
    }

    /** The finance folders card. */
    FoldersModel folders() {
        return folders;
    }

    ObservableList<BatchStatus> batches() {
        return batches;
    }

    ObjectProperty<BatchStatus> selected() {
        return selected;
    }

    StringProperty headline() {
        return headline;
    }

    StringProperty notExportedText() {
        return notExported;
    }

    StringProperty done() {
        return done;
    }

    FormErrors errors() {
        return errors;
    }

    Background background() {
        return background;
    }

    CounterSetup counter() {
        return counter;
    }
}
