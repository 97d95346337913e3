package org.counterdesk.frontdesk.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.counterdesk.frontdesk.BusinessUnit;
import org.counterdesk.frontdesk.Host;
import org.counterdesk.frontdesk.WatchEntry;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/** The directory screen: people and units the desk's type-ahead offers, and the watch list. */
public final class DirectoryController extends DeskController<DirectoryViewModel> {

    @FXML private TableView<Host> hostTable;
    @FXML private TableView<BusinessUnit> unitTable;
    @FXML private TableView<WatchEntry> watchTable;
    @FXML private FormGrid hostForm;
    @FXML private FormGrid unitForm;
    @FXML private FormGrid watchForm;
    @FXML private Label status;
    @FXML private Label message;

    private TextField hostName;

    public DirectoryController(DirectoryViewModel model) {
        super(model, "directory.fxml");
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        var e = shown.errors();
        var in = model.input();
        fill(hostTable, shown.hosts(), List.of(Columns.wrapped("Name", 170, Host::name),
                Columns.wrapped("Unit", 140, h -> h.unitName() == null ? "" : h.unitName()),
                Columns.wrapped("Email", 230, h -> h.email() == null ? "" : h.email()),
                Columns.text("Ext", 60, h -> h.extension() == null ? "" : h.extension()),
                Columns.text("Status", 80, h -> h.active() ? "Active" : "Inactive")));
        editOnChoice(hostTable, model::editHost);
        fill(unitTable, shown.units(), List.of(Columns.wrapped("Unit", 170, BusinessUnit::name),
                Columns.wrapped("Email", 230, u -> u.email() == null ? "" : u.email()),
                Columns.text("Phone", 120, u -> u.phone() == null ? "" : u.phone())));
        editOnChoice(unitTable, model::editUnit);
        fill(watchTable, shown.watched(), List.of(Columns.text("Name", 170, WatchEntry::name),
                Columns.wrapped("Note for the desk", 320, WatchEntry::note)));

        hostName = Forms.bound(hostForm.field("name", "Name", new TextField(), e), in.name());
        Forms.bound(hostForm.field("staffNumber", "Staff number", new TextField(), e), in.staffNumber())
                .setPromptText("Optional");
        Forms.bound(hostForm.field("email", "Email", new TextField(), e), in.email());
        Forms.bound(hostForm.field("extension", "Extension", new TextField(), e), in.extension());
        ComboBox<BusinessUnit> unit = hostForm.field("unit", "Business unit", new ComboBox<>(shown.units()), e);
        unit.setCellFactory(v -> new TextCell<>(BusinessUnit::name));
        unit.setButtonCell(new TextCell<>(BusinessUnit::name));
        unit.valueProperty().bindBidirectional(in.unit());
        Button saveHost = hostForm.wide(new Button("Save person"));
        saveHost.setId("saveHost");
        saveHost.getStyleClass().add("accent");
        saveHost.setOnAction(ev -> model.saveHost(hostName::requestFocus));
        hostForm.enterMovesDown(saveHost::fire);
        Button newHost = hostForm.wide(new Button("New person"));
        newHost.setOnAction(ev -> {
            hostTable.getSelectionModel().clearSelection();
            model.editHost(null);
            hostName.requestFocus();
        });
        Button toggle = hostForm.wide(new Button("Deactivate or reactivate the selected person"));
        toggle.setOnAction(ev -> model.toggleHost(hostTable.getSelectionModel().getSelectedItem()));

        TextField unitName = Forms.bound(unitForm.field("unitName", "Unit", new TextField(), e), in.unitName());
        Forms.bound(unitForm.field("unitEmail", "Email", new TextField(), e), in.unitEmail());
        Forms.bound(unitForm.field("unitPhone", "Phone", new TextField(), e), in.unitPhone());
        Button saveUnit = unitForm.wide(new Button("Save unit"));
        saveUnit.setId("saveUnit");
        saveUnit.setOnAction(ev -> model.saveUnit(unitName::requestFocus));
        unitForm.enterMovesDown(saveUnit::fire);

        TextField watchName = Forms.bound(watchForm.field("watchName", "Name", new TextField(), e), in.watchName());
        Forms.bound(watchForm.field("watchNote", "Note for the desk", new TextField(), e), in.watchNote())
                .setPromptText("e.g. call security on ext 4000");
        Button addWatch = watchForm.wide(new Button("Add to the watch list"));
        addWatch.setOnAction(ev -> model.addWatch(watchName::requestFocus));
        watchForm.enterMovesDown(addWatch::fire);
        Button removeWatch = watchForm.wide(new Button("Take the selected name off"));
        removeWatch.setOnAction(ev -> model.removeWatch(watchTable.getSelectionModel().getSelectedItem()));

        showOutcome(status, shown.status(), message, e);
    }

    private static <T> void fill(TableView<T> table, ObservableList<T> rows, List<TableColumn<T, ?>> columns) {
        table.setItems(rows);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Choosing a row puts it in the form beside the table, to be changed. */
    private static <T> void editOnChoice(TableView<T> table, Consumer<T> edit) {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, chosen) -> {
            if (chosen != null) {
                edit.accept(chosen);
            }
        });
    }

    @Override
    public void shown() {
        model.refresh();
        Platform.runLater(hostName::requestFocus);
    }
}
