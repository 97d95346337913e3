package org.counterdesk.printsettings.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** The printing settings screen for administrators. */
public final class PrintSettingsController extends FxmlPanel<PrintSettingsViewModel> {

    @FXML private FormGrid form;
    @FXML private Label status;
    @FXML private Label message;

    private ComboBox<String> printer;

    public PrintSettingsController(PrintSettingsViewModel model) {
        super(model, "print-settings.fxml");
    }

    @FXML
    private void initialize() {
        printer = form.field("Receipt printer", new ComboBox<>(model.shown().printerChoices()), null);
        printer.setId("printer");
        printer.valueProperty().bindBidirectional(model.form().printer());
        ComboBox<ReceiptLayout> layout = form.field("Receipt paper", new ComboBox<>(), null);
        layout.setId("layout");
        layout.getItems().setAll(ReceiptLayout.values());
        layout.setCellFactory(v -> new LayoutCell());
        layout.setButtonCell(new LayoutCell());
        layout.valueProperty().bindBidirectional(model.form().layout());
        Button save = form.wide(new Button("Save settings"));
        save.setId("saveSettings");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        form.enterMovesDown(save::requestFocus);
        Forms.onEnter(save, save::fire);
        showOutcome(status, model.shown().status(), message, model.shown().errors());
    }

    public void shown() {
        model.refresh();
        Platform.runLater(printer::requestFocus);
    }

    /** Shows a layout by its name on screen. */
    private static final class LayoutCell extends ListCell<ReceiptLayout> {
        @Override
        protected void updateItem(ReceiptLayout item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
