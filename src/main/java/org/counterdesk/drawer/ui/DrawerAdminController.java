package org.counterdesk.drawer.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** The drawers card of the settings screen. */
public final class DrawerAdminController extends FxmlPanel<DrawerAdminViewModel> {

    @FXML private TableView<Drawer> table;
    @FXML private FormGrid drawerForm;
    @FXML private FormGrid limitsForm;
    @FXML private Label drawerStatus;
    @FXML private Label drawerMessage;

    public DrawerAdminController(DrawerAdminViewModel model) {
        super(model, "drawer-admin.fxml");
    }

    @FXML
    private void initialize() {
        table.setItems(model.shown().drawers());
        table.getColumns().setAll(List.of(Columns.text("Drawer", 100, Drawer::code), Columns.text("Name", 180, Drawer::name),
                Columns.figures("Set float", 110, d -> d.setFloat().format()),
                Columns.text("Status", 90, model::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        var e = model.shown().errors();
        var drawer = model.drawerForm();
        Forms.bound(drawerForm.field("drawerCode", "Code", new TextField(), e), drawer.code()).setPromptText("Like CD01-3");
        Forms.bound(drawerForm.field("drawerName", "Name", new TextField(), e), drawer.name());
        Forms.bound(drawerForm.field("drawerFloat", "Set float ($)", new TextField(), e), drawer.setFloat());
        Button save = formButton(drawerForm, "saveDrawer", "Save drawer", model::saveDrawer);
        var limits = model.limitsForm();
        Forms.bound(limitsForm.field("tolerance", "Variance tolerance ($)", new TextField(), e), limits.tolerance());
        Forms.bound(limitsForm.field("pettyLimit", "Petty cash limit ($)", new TextField(), e), limits.pettyLimit());
        javafx.scene.control.CheckBox mayBank = limitsForm.field("Banking",
                new javafx.scene.control.CheckBox("Cashiers may prepare the banking (a supervisor still checks it)"), null);
        mayBank.setId("cashiersMayBank");
        mayBank.selectedProperty().bindBidirectional(limits.cashiersMayBank());
        Button saveLimits = formButton(limitsForm, "saveLimits", "Save limits", model::saveSettings);
        Forms.onEnter(save, save::fire);
        Forms.onEnter(saveLimits, saveLimits::fire);
        showOutcome(drawerStatus, model.shown().status(), drawerMessage, e);
    }

    public void shown() {
        model.refresh();
    }
}
