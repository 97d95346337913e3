package org.counterdesk.receipting.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;
import org.counterdesk.ui.ListReads;

/** The mail batch screen: the header form, the list with each batch's progress, and its actions. */
public final class MailBatchesController {

    private final MailBatchesViewModel model;
    private final Parent root;

    @FXML private FormGrid header;
    @FXML private TableView<MailBatch> table;
    @FXML private Button key;
    @FXML private Button finish;
    @FXML private Button print;
    @FXML private Label status;
    @FXML private Label message;

    private TextField description;

    public MailBatchesController(MailBatchesViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "mail-batches.fxml");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    @FXML
    private void initialize() {
        var e = model.errors();
        description = header.field("Description", new TextField(), e.of("description"));
        description.setId("description");
        description.setPromptText("Like \"Mail 23 Nov, bag 1\"");
        description.textProperty().bindBidirectional(model.description);
        TextField count = header.field("Control count", new TextField(), e.of("controlCount"));
        count.setId("controlCount");
        count.textProperty().bindBidirectional(model.controlCount);
        TextField total = header.field("Control total ($)", new TextField(), e.of("controlTotal"));
        total.setId("controlTotal");
        total.textProperty().bindBidirectional(model.controlTotal);
        Button open = header.wide(new Button("Open batch and key payments"));
        open.getStyleClass().add("accent");
        open.setOnAction(ev -> model.open());
        Forms.enterMovesTo(description, count);
        Forms.enterMovesTo(count, total);
        Forms.onEnter(total, model::open);
        table.setItems(model.list());
        table.getColumns().setAll(List.of(Columns.text("Batch", 130, MailBatch::batchNo), Columns.text("Description", 200, MailBatch::description),
                Columns.text("Opened by", 140, MailBatch::openedBy),
                Columns.text("Keyed", 170, b -> b.keyedCount() + " of " + b.controlCount()),
                Columns.text("Amount", 200, b -> b.keyedTotal().format() + " of " + b.controlTotal().format()),
                Columns.text("State", 120, b -> b.finished() ? "Finished" : b.balanced() ? "Ready to finish" : "Open")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No mail batches today."));
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        key.setOnAction(ev -> model.keySelected());
        finish.setOnAction(ev -> model.finish());
        print.setOnAction(ev -> model.print());
        status.textProperty().bind(model.status());
        Forms.showMessage(message, e.general());
    }

    private void keys(KeyEvent e) {
        if (e.getTarget() != table) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            model.keySelected();
        } else if (e.getCode() == KeyCode.F5) {
            model.print();
        } else if (e.getCode() == KeyCode.F6) {
            model.finish();
        } else {
            return;
        }
        e.consume();
    }

    public Parent root() {
        return root;
    }

    public void shown() {
        model.refresh();
        ListReads.afterReads(() -> Platform.runLater(() -> {
            if (model.list().isEmpty()) {
                description.requestFocus();
            } else {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        }));
    }
}
