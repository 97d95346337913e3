package org.counterdesk.drawer.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;

/** The drawers card of the settings screen. */
public final class DrawerAdminController {

    private final DrawerAdminViewModel model;
    private final Parent root;

    @FXML private TableView<Drawer> table;
    @FXML private FormGrid drawerForm;
    @FXML private FormGrid limitsForm;
    @FXML private Label drawerStatus;
    @FXML private Label drawerMessage;

    public DrawerAdminController(DrawerAdminViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "drawer-admin.fxml");
    }

    @FXML
    private void initialize() {
        table.setItems(model.drawers());
        table.getColumns().setAll(List.of(Columns.text("Drawer", 100, Drawer::code), Columns.text("Name", 180, Drawer::name),
                Columns.figures("Set float", 110, d -> d.setFloat().format()),
                Columns.text("Status", 90, model::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        var e = model.errors();
        Forms.bound(drawerForm.field("drawerCode", "Code", new TextField(), e), model.code()).setPromptText("Like CD01-3");
        Forms.bound(drawerForm.field("drawerName", "Name", new TextField(), e), model.name());
        Forms.bound(drawerForm.field("drawerFloat", "Set float ($)", new TextField(), e), model.setFloat());
        Button save = drawerForm.wide(new Button("Save drawer"));
        save.setOnAction(ev -> model.saveDrawer());
        drawerForm.enterMovesDown(save::fire);
        Forms.bound(limitsForm.field("tolerance", "Variance tolerance ($)", new TextField(), e), model.tolerance());
        Forms.bound(limitsForm.field("pettyLimit", "Petty cash limit ($)", new TextField(), e), model.pettyLimit());
        javafx.scene.control.CheckBox mayBank = limitsForm.field("Banking",
                new javafx.scene.control.CheckBox("Cashiers may prepare the banking (a supervisor still checks it)"), null);
        mayBank.setId("cashiersMayBank");
        mayBank.selectedProperty().bindBidirectional(model.cashiersMayBank());
        Button saveLimits = limitsForm.wide(new Button("Save limits"));
        saveLimits.setId("saveLimits");
        saveLimits.setOnAction(ev -> model.saveSettings());
        limitsForm.enterMovesDown(saveLimits::fire);
        Forms.onEnter(save, save::fire);
        Forms.onEnter(saveLimits, saveLimits::fire);
        drawerStatus.textProperty().bind(model.status());
        Forms.showMessage(drawerMessage, e.general());
    }

    public Parent root() {
        return root;
    }

    public void shown() {
        model.refresh();
    }
}
