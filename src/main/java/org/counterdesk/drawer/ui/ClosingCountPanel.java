package org.counterdesk.drawer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * The blind count (closing-count.fxml): cash by denomination, the cheques and money orders
 * ticked off, the EFTPOS settlement, and the float kept back. No expected figure is on this panel.
 */
public final class ClosingCountPanel extends FxmlPanel<DrawerViewModel> {

    @FXML private DenominationGrid cashGrid;
    @FXML private ListView<InstrumentTick> instruments;
    @FXML private FormGrid eftposForm;
    @FXML private Label keepHelp;
    @FXML private Button suggest;
    @FXML private DenominationGrid keptGrid;
    @FXML private Button submitCount;

    ClosingCountPanel(DrawerViewModel model) {
        super(model, "closing-count.fxml");
    }

    @FXML
    private void initialize() {
        submitCount.setOnAction(e -> model.submitCount());
        Forms.onEnter(submitCount, submitCount::fire);
        var close = model.closeDrawer();
        var count = close.countForm();
        instruments.setItems(count.instruments());
        instruments.setCellFactory(CheckBoxListCell.forListView(InstrumentTick::present));
        instruments.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && instruments.getSelectionModel().getSelectedItem() != null) {
                CloseDrawerModel.toggle(instruments.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        TextField eftpos = eftposForm.field("eftpos", "EFTPOS settlement ($)", new TextField(), model.shared().errors());
        eftpos.textProperty().bindBidirectional(count.eftpos());
        eftpos.setPromptText("The terminal's settlement total");
        keptGrid.bind(count.kept(), "kept", null);
        keptGrid.whenDone(submitCount::requestFocus);
        keepHelp.textProperty().bind(close.keptHelp());
        suggest.setOnAction(e -> close.suggestKeptFloat());
        cashGrid.bind(count.cash(), "close", null);
        cashGrid.whenDone(() -> {
            if (instruments.getItems().isEmpty()) {
                eftpos.requestFocus();
            } else {
                instruments.requestFocus();
                instruments.getSelectionModel().selectFirst();
            }
        });
        Forms.onEnter(instruments, eftpos::requestFocus);
        Forms.onEnter(eftpos, () -> {
            close.suggestKeptFloat();
            keptGrid.focusFirst();
        });
    }

    void focus() {
        cashGrid.focusFirst();
    }
}
