package org.counterdesk.exchange.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * The Sync with finance screen (Alt+S): F5 exports the closed days, F6 reads finance's
 * acknowledgements, F7 sends the selected batch again, F8 backs up. Binds and forwards only.
 */
public final class SyncController extends FxmlPanel<SyncViewModel> {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    @FXML private Label syncHeadline;
    @FXML private Label notExported;
    @FXML private Button exportButton;
    @FXML private Button ackButton;
    @FXML private Button resendButton;
    @FXML private Button backupButton;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private ProgressIndicator working;
    @FXML private Label syncDone;
    @FXML private Label syncMessage;
    @FXML private TableView<BatchStatus> batchTable;
    @FXML private Label batchDetail;
    @FXML private TextField backupFile;
    @FXML private Label backupFileMessage;
    @FXML private Button writeBackup;
    @FXML private Label foldersNote;
    @FXML private TextField outbox;
    @FXML private Label outboxMessage;
    @FXML private TextField inbox;
    @FXML private Label inboxMessage;
    @FXML private Label queueFolder;
    @FXML private Button saveFolders;

    public SyncController(SyncViewModel model) {
        super(model, "sync.fxml");
        Forms.keepFocusInView((ScrollPane) root());
    }

    @FXML
    private void initialize() {
        syncHeadline.textProperty().bind(model.shown().headline());
        notExported.textProperty().bind(model.shown().notExported());
        model.shown().batches().addListener((ListChangeListener<BatchStatus>) c -> syncHeadline.pseudoClassStateChanged(DANGER,
                model.shown().batches().stream().anyMatch(b -> b.state() == BatchState.REJECTED || b.state() == BatchState.MISMATCH)));
        exportButton.setOnAction(e -> model.exportPending());
        ackButton.setOnAction(e -> model.readAcknowledgements());
        resendButton.setOnAction(e -> model.sendAgain());
        backupButton.setOnAction(e -> model.backUp());
        var shown = model.shown();
        progress.progressProperty().bind(shown.progress());
        progressText.textProperty().bind(shown.progressText());
        showWhile(progressRow, shown.progress().greaterThanOrEqualTo(0));
        showWhile(working, shown.busy());
        showOutcome(syncDone, shown.done(), syncMessage, shown.errors());
        BatchTable.build(batchTable, model);
        batchDetail.textProperty().bind(Bindings.createStringBinding(() -> BatchTable.detail(model.form().selected().get()),
                model.form().selected()));
        backupForm();
        foldersForm();
    }

    private void backupForm() {
        refusals("backupFile", backupFile, backupFileMessage);
        backupFile.textProperty().bindBidirectional(model.form().backup().file());
        writeBackup.setOnAction(e -> model.backUp());
        Forms.onEnter(backupFile, writeBackup::fire);
    }

    private void foldersForm() {
        FoldersModel folders = model.form().folders();
        boolean admin = folders.canChange();
        refusals("outbox", outbox, outboxMessage);
        refusals("inbox", inbox, inboxMessage);
        outbox.textProperty().bindBidirectional(folders.paths().outbox());
        inbox.textProperty().bindBidirectional(folders.paths().inbox());
        queueFolder.textProperty().bind(folders.paths().queue());
        outbox.setEditable(admin);
        inbox.setEditable(admin);
        foldersNote.setText(admin ? "Batches go to the outbox and finance's answers come from the inbox; a share that "
                + "is down now is allowed: batches wait in the local queue until it is back."
                : "Only an administrator changes these folders.");
        saveFolders.setVisible(admin);
        saveFolders.setManaged(admin);
        if (admin) {
            saveFolders.setOnAction(e -> folders.save());
            Forms.onEnter(outbox, inbox::requestFocus);
            Forms.onEnter(inbox, saveFolders::fire);
        }
    }

    /** Shows {@code name}'s refusals beneath {@code field}, and puts the cursor there when one comes. */
    private void refusals(String name, TextField field, Label message) {
        Forms.showMessage(message, model.shown().errors().of(name), field);
        model.shown().errors().focusOnRefusal(name, field);
    }

    @Override
    protected void keys(KeyEvent e) {
        Runnable action = switch (e.getCode()) {
            case F5 -> model::exportPending;
            case F6 -> model::readAcknowledgements;
            case F7 -> model::sendAgain;
            case F8 -> model::backUp;
            default -> null;
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    public void shown() {
        model.refresh();
        Platform.runLater(batchTable::requestFocus);
    }
}
