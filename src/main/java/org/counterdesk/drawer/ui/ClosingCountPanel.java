package org.counterdesk.drawer.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/**
 * The blind count: cash by denomination, the cheques and money orders ticked off, the EFTPOS
 * settlement, and the float kept back. No expected figure is on this panel.
 */
final class ClosingCountPanel extends VBox {

    private final DenominationGrid cashGrid;

    ClosingCountPanel(DrawerViewModel model) {
        CloseDrawerModel close = model.close;
        setSpacing(10);
        getStyleClass().add("drawer-panel");
        Label title = new Label("Close your drawer: count it");
        title.getStyleClass().add("title-3");
        Label blind = new Label("This is a blind count: what the drawer should hold is shown only after you submit it.");
        blind.getStyleClass().add("text-muted");
        Button submit = new Button("Submit the count   F12");
        submit.setId("submitCount");
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> model.submitCount());
        Forms.onEnter(submit, submit::fire);

        ListView<InstrumentTick> instruments = new ListView<>(close.instruments());
        instruments.setId("instruments");
        instruments.setAccessibleText("Cheques and money orders to tick off");
        instruments.setCellFactory(CheckBoxListCell.forListView(InstrumentTick::present));
        instruments.setPrefHeight(150);
        instruments.setPlaceholder(new Label("No cheques or money orders were taken."));
        Label tickHelp = new Label("Tick each cheque and money order you find: arrows to move, Space to tick.");
        tickHelp.getStyleClass().add("text-muted");
        instruments.setOnKeyPressed(e -> {
            var item = instruments.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && item != null) {
                item.present().set(!item.present().get());
                e.consume();
            }
        });

        FormGrid eftposForm = new FormGrid();
        TextField eftpos = eftposForm.field("eftpos", "EFTPOS settlement ($)", new TextField(), model.errors());
        eftpos.textProperty().bindBidirectional(close.eftpos);
        eftpos.setPromptText("The terminal's settlement total");

        DenominationGrid keptGrid = new DenominationGrid(close.kept, "kept", null, submit::requestFocus);
        Label keepHelp = new Label();
        keepHelp.setId("keepHelp");
        keepHelp.textProperty().bind(Bindings.createStringBinding(() -> "Float kept in the drawer: exactly "
                + close.setFloat().get().format() + " (now " + close.kept.total().get().format() + ")", close.kept.total(),
                close.setFloat()));
        keepHelp.getStyleClass().add("field-label");
        Button suggest = new Button("Suggest from the count");
        suggest.setOnAction(e -> close.suggestKeptFloat());

        cashGrid = new DenominationGrid(close.cash, "close", null, () -> {
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

        Label cashTitle = new Label("Cash in the drawer");
        cashTitle.getStyleClass().add("field-label");
        VBox left = new VBox(6, cashTitle, cashGrid);
        VBox right = new VBox(8, tickHelp, instruments, eftposForm, new HBox(10, keepHelp, suggest), keptGrid);
        getChildren().addAll(title, blind, new HBox(28, left, right), submit);
    }

    void focus() {
        cashGrid.focusFirst();
    }
}
