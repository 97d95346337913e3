package org.counterdesk.receipting.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.ListReads;

/** The mail batch screen: the header form, the list with each batch's progress, and its actions. */
public final class MailBatchesController extends KeyedScreen<MailBatchesViewModel> {

    @FXML private TextField description;
    @FXML private Label descriptionMessage;
    @FXML private TextField controlCount;
    @FXML private Label controlCountMessage;
    @FXML private TextField controlTotal;
    @FXML private Label controlTotalMessage;
    @FXML private Button open;
    @FXML private TableView<MailBatch> table;
    @FXML private Button key;
    @FXML private Button finish;
    @FXML private Button print;
    @FXML private Label status;
    @FXML private Label message;

    public MailBatchesController(MailBatchesViewModel model) {
        super(model, "mail-batches.fxml");
    }

    @FXML
    private void initialize() {
        FormErrors e = model.shown().errors();
        bound(e, "description", description, descriptionMessage, model.form().description());
        bound(e, "controlCount", controlCount, controlCountMessage, model.form().controlCount());
        bound(e, "controlTotal", controlTotal, controlTotalMessage, model.form().controlTotal());
        open.setOnAction(ev -> model.open());
        Forms.enterMovesTo(description, controlCount);
        Forms.enterMovesTo(controlCount, controlTotal);
        Forms.onEnter(controlTotal, model::open);
        table.setItems(model.shown().list());
        table.getColumns().setAll(List.of(Columns.text("Batch", 130, MailBatch::batchNo),
                Columns.text("Description", 200, MailBatch::description),
                Columns.text("Opened by", 140, MailBatch::openedBy),
                Columns.text("Keyed", 170, b -> b.keyedCount() + " of " + b.controlCount()),
                Columns.text("Amount", 200, b -> b.keyedTotal().format() + " of " + b.controlTotal().format()),
                Columns.text("State", 120, MailBatchesViewModel::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No mail batches today."));
        model.form().selected().bind(table.getSelectionModel().selectedItemProperty());
        key.setOnAction(ev -> model.keySelected());
        finish.setOnAction(ev -> model.finish());
        print.setOnAction(ev -> model.print());
        showOutcome(status, model.shown().status(), message, e);
    }

    @Override
    protected void keys(KeyEvent e) {
        if (e.getTarget() == table) {
            take(e, switch (e.getCode()) {
                case ENTER -> model::keySelected;
                case F5 -> model::print;
                case F6 -> model::finish;
                default -> null;
            });
        }
    }

    public void shown() {
        model.refresh();
        ListReads.afterReads(() -> Platform.runLater(() -> {
            if (model.shown().list().isEmpty()) {
                description.requestFocus();
            } else {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        }));
    }
}
