package org.counterdesk.staff.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.counterdesk.staff.Staff;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.ui.ListReads;

/** The staff screen: the list, and the forms to add a person or reset a PIN. */
public final class StaffAdminController extends FxmlPanel<StaffAdminViewModel> {

    @FXML private TableView<Staff> table;
    @FXML private FormGrid addForm;
    @FXML private FormGrid pinForm;
    @FXML private Button toggleActive;
    @FXML private Button unlock;
    @FXML private Label status;
    @FXML private Label message;

    private TextField firstAddField;

    public StaffAdminController(StaffAdminViewModel model) {
        super(model, "staff-admin.fxml");
    }

    @FXML
    private void initialize() {
        table.setItems(model.shown().people());
        table.getColumns().setAll(List.of(Columns.text("Staff number", 110, Staff::staffNumber), Columns.wrapped("Name", 200, Staff::name),
                Columns.wrapped("Roles", 220, Staff::rolesLabel), Columns.text("Status", 120, model::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var form = model.form();
        form.selected().bind(table.getSelectionModel().selectedItemProperty());
        var e = model.shown().errors();
        firstAddField = Forms.bound(addForm.field("staffNumber", "Staff number", new TextField(), e), form.staffNumber());
        Forms.bound(addForm.field("name", "Name", new TextField(), e), form.name());
        CheckBox cashier = new CheckBox("Cashier");
        CheckBox supervisor = new CheckBox("Supervisor");
        CheckBox administrator = new CheckBox("Administrator");
        cashier.selectedProperty().bindBidirectional(form.cashier());
        supervisor.selectedProperty().bindBidirectional(form.supervisor());
        administrator.selectedProperty().bindBidirectional(form.administrator());
        addForm.field("roles", "Roles", new VBox(6, cashier, supervisor, administrator), e);
        Forms.bound(addForm.field("pin", "PIN", new PasswordField(), e), form.pin().typed());
        Forms.bound(addForm.field("pinAgain", "PIN again", new PasswordField(), e), form.pin().again());
        formButton(addForm, "addPerson", "Add person", () -> model.add(firstAddField::requestFocus))
                .getStyleClass().add("accent");
        Forms.bound(pinForm.field("newPin", "New PIN", new PasswordField(), e), form.newPin().typed());
        Forms.bound(pinForm.field("newPinAgain", "New PIN again", new PasswordField(), e), form.newPin().again());
        formButton(pinForm, "resetPin", "Reset PIN of the selected person", model::resetPin);
        toggleActive.setOnAction(ev -> model.toggleActive());
        toggleActive.textProperty().bind(Bindings.createStringBinding(() ->
                form.selected().get() != null && !form.selected().get().active() ? "Reactivate" : "Deactivate",
                form.selected()));
        unlock.setOnAction(ev -> model.unlock());
        boolean admin = model.canAdminister();
        addForm.setDisable(!admin);
        pinForm.setDisable(!admin);
        toggleActive.setDisable(!admin);
        showOutcome(status, model.shown().status(), message, e);
    }

    public void shown() {
        model.refresh();
        // Once the list is read, as the other screens do: asked for at once, just after sign-in had put this screen
        // in the window, the focus was seen to end on the table instead of the first field.
        ListReads.afterReads(() -> Platform.runLater(() -> {
            if (model.canAdminister()) {
                firstAddField.requestFocus();
            } else {
                table.requestFocus();
            }
        }));
    }
}
