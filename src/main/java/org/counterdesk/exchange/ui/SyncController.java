package org.counterdesk.exchange.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
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
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;

/**
 * The Sync with finance screen (Alt+S): F5 exports the closed days, F6 reads finance's
 * acknowledgements, F7 sends the selected batch again, F8 backs up. Binds and forwards only.
 */
public final class SyncController {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final SyncViewModel model;
    private final Parent root;

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
    @FXML private FormGrid backupForm;
    @FXML private Label foldersNote;
    @FXML private FormGrid foldersForm;

    public SyncController(SyncViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "sync.fxml");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        Forms.keepFocusInView((ScrollPane) root);
    }

    @FXML
    private void initialize() {
        syncHeadline.textProperty().bind(model.headline());
        notExported.textProperty().bind(model.notExportedText());
        model.batches().addListener((ListChangeListener<BatchStatus>) c -> syncHeadline.pseudoClassStateChanged(DANGER,
                model.batches().stream().anyMatch(b -> b.state() == BatchState.REJECTED || b.state() == BatchState.MISMATCH)));
        exportButton.setOnAction(e -> model.exportPending());
        ackButton.setOnAction(e -> model.readAcknowledgements());
        resendButton.setOnAction(e -> model.sendAgain());
        backupButton.setOnAction(e -> model.backUp());
        var background = model.background();
        progress.progressProperty().bind(background.progress());
        progressText.textProperty().bind(background.progressText());
        progressRow.visibleProperty().bind(background.progress().greaterThanOrEqualTo(0));
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        working.visibleProperty().bind(background.busy());
        working.managedProperty().bind(working.visibleProperty());
        syncDone.textProperty().bind(model.done());
        Forms.showMessage(syncMessage, model.errors().general());
        BatchTable.build(batchTable, model);
        batchDetail.textProperty().bind(Bindings.createStringBinding(() -> BatchTable.detail(model.selected().get()),
                model.selected()));
        backupForm();
        foldersForm();
    }

    private void backupForm() {
        TextField file = Forms.bound(backupForm.field("backupFile", "Backup file", new TextField(), model.errors()),
                model.backup.file);
        Button go = backupForm.wide(new Button("Write the backup   F8"));
        go.setOnAction(e -> model.backUp());
        backupForm.enterMovesDown(go::fire);
        file.setPrefColumnCount(30);
    }

    private void foldersForm() {
        FoldersModel folders = model.folders;
        boolean admin = folders.canChange();
        TextField outbox = Forms.bound(foldersForm.field("outbox", "Outbox", new TextField(), model.errors()),
                folders.outbox);
        TextField inbox = Forms.bound(foldersForm.field("inbox", "Inbox", new TextField(), model.errors()), folders.inbox);
        Label queue = foldersForm.field("Local queue", new Label(), null);
        queue.setId("queueFolder");
        queue.textProperty().bind(folders.queue);
        // A long path wraps rather than lose its start or its end.
        queue.setWrapText(true);
        queue.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        outbox.setEditable(admin);
        inbox.setEditable(admin);
        foldersNote.setText(admin ? "Batches go to the outbox and finance's answers come from the inbox; a share that "
                + "is down now is allowed: batches wait in the local queue until it is back."
                : "Only an administrator changes these folders.");
        if (admin) {
            Button save = foldersForm.wide(new Button("Save the folders"));
            save.setId("saveFolders");
            save.setOnAction(e -> folders.save());
            Forms.onEnter(outbox, inbox::requestFocus);
            Forms.onEnter(inbox, save::fire);
        }
    }

    private void keys(KeyEvent e) {
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

    public Parent root() {
        return root;
    }

    public void shown() {
        model.refresh();
        Platform.runLater(batchTable::requestFocus);
    }
}
