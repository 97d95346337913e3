package org.counterdesk.drawer.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/** Opening a drawer: the drawer, the float count, and the supervisor's acknowledgement of a difference. */
final class OpenDrawerPanel extends VBox {

    private final DenominationGrid grid;
    private final ComboBox<Drawer> drawer = new ComboBox<>();

    OpenDrawerPanel(DrawerViewModel model) {
        OpenDrawerModel open = model.open;
        setSpacing(10);
        getStyleClass().add("drawer-panel");
        Label title = new Label("Open your drawer");
        title.getStyleClass().add("title-3");
        Label how = new Label("Count the float: type how many of each note and coin (or a bag of coins' value, like "
                + "$20.00). Enter moves down.");
        how.setWrapText(true);
        how.getStyleClass().add("text-muted");
        FormGrid top = new FormGrid();
        top.field("drawer", "Drawer", drawer, model.errors());
        drawer.setItems(open.drawers());
        drawer.valueProperty().bindBidirectional(open.drawer());
        drawer.setCellFactory(v -> new DrawerCell());
        drawer.setButtonCell(new DrawerCell());
        Button openButton = new Button("Open drawer");
        openButton.setId("openDrawer");
        openButton.getStyleClass().add("accent");
        openButton.setOnAction(e -> open.open(model::opened));
        Forms.onEnter(openButton, openButton::fire);
        FormGrid approval = new FormGrid();
        TextField note = ApprovalFields.add(approval, open.approval, model.errors(), "open", true, "Supervisor");
        approval.enterMovesDown(openButton::fire);
        VBox approvalBox = new VBox(6, new Label("The float is not the set amount: a supervisor must acknowledge it."),
                approval);
        approvalBox.getStyleClass().add("approval-box");
        approvalBox.visibleProperty().bind(open.differs());
        approvalBox.managedProperty().bind(approvalBox.visibleProperty());
        grid = new DenominationGrid(open.count, "float",
                d -> open.lastKept().get().quantity(d) == 0 ? "" : Long.toString(open.lastKept().get().quantity(d)),
                () -> {
                    if (open.differs().get()) {
                        note.requestFocus();
                    } else {
                        openButton.requestFocus();
                    }
                });
        open.lastKept().addListener((o, a, b) -> grid.refreshHints());
        Label difference = new Label();
        difference.setId("floatDifference");
        difference.getStyleClass().add("count-summary");
        difference.textProperty().bind(open.difference());
        Forms.onEnter(drawer, grid::focusFirst);
        getChildren().addAll(title, how, top, grid, difference, approvalBox, new HBox(10, openButton));
    }

    void focus() {
        Platform.runLater(() -> {
            if (drawer.getItems().size() > 1) {
                drawer.requestFocus();
            } else {
                grid.focusFirst();
            }
        });
    }
}
