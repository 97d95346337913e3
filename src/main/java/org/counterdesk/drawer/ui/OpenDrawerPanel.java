package org.counterdesk.drawer.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** Opening a drawer (open-drawer.fxml): the drawer, the float count, and the supervisor's acknowledgement of a difference. */
public final class OpenDrawerPanel extends FxmlPanel<DrawerViewModel> {

    private final ComboBox<Drawer> drawer = new ComboBox<>();

    @FXML private FormGrid top;
    @FXML private DenominationGrid grid;
    @FXML private Label floatDifference;
    @FXML private VBox approvalBox;
    @FXML private FormGrid approval;
    @FXML private Button openDrawer;

    OpenDrawerPanel(DrawerViewModel model) {
        super(model, "open-drawer.fxml");
    }

    @FXML
    private void initialize() {
        var open = model.openDrawer();
        top.field("drawer", "Drawer", drawer, model.shared().errors());
        drawer.setItems(open.form().drawers());
        drawer.valueProperty().bindBidirectional(open.form().drawer());
        drawer.setCellFactory(v -> new DrawerCell());
        drawer.setButtonCell(new DrawerCell());
        openDrawer.setOnAction(e -> open.open(model::opened));
        Forms.onEnter(openDrawer, openDrawer::fire);
        TextField note = ApprovalFields.add(approval, open.form().approval(), model.shared().errors(), "open", true, "Supervisor");
        approval.enterMovesDown(openDrawer::fire);
        showWhile(approvalBox, open.differs());
        grid.bind(open.form().count(), "float", open::lastKeptHint);
        grid.whenDone(() -> (open.differs().get() ? note : openDrawer).requestFocus());
        open.lastKept().addListener((o, a, b) -> grid.refreshHints());
        floatDifference.textProperty().bind(open.difference());
        Forms.onEnter(drawer, grid::focusFirst);
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
