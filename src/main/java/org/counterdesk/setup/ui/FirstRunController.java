package org.counterdesk.setup.ui;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;

/** The first-run screen: try with demo data, or set up for the organisation. */
public final class FirstRunController {

    private final FirstRunViewModel model;
    private final Runnable done;
    private final Parent root;

    @FXML private Button demo;
    @FXML private Button own;
    @FXML private VBox ownForm;
    @FXML private FormGrid form;
    @FXML private Label message;
    @FXML private ProgressIndicator working;

    private TextField name;

    public FirstRunController(FirstRunViewModel model, Runnable done) {
        this.model = model;
        this.done = done;
        this.root = Fxml.load(this, "first-run.fxml");
    }

    @FXML
    private void initialize() {
        demo.setOnAction(e -> model.loadDemo(done));
        own.setOnAction(e -> showForm());
        Forms.onEnter(demo, demo::fire);
        Forms.onEnter(own, own::fire);
        demo.disableProperty().bind(model.background().busy());
        working.visibleProperty().bind(model.background().busy());
        Forms.showMessage(message, model.errors().general());
        buildForm();
        ownForm.setVisible(false);
        ownForm.setManaged(false);
    }

    private void buildForm() {
        var e = model.errors();
        name = text(form.field("Organisation name", new TextField(), e.of("name")), model.name());
        text(form.field("ABN", new TextField(), e.of("abn")), model.abn()).setPromptText("11 digits");
        text(form.field("Address", new TextField(), e.of("address")), model.address());
        ComboBox<String> zone = form.field("Time zone", new ComboBox<>(), null);
        zone.getItems().setAll(FirstRunViewModel.ZONES);
        zone.valueProperty().bindBidirectional(model.timeZone());
        text(form.field("Terminal code", new TextField(), e.of("terminalCode")), model.terminalCode());
        text(form.field("Administrator staff number", new TextField(), e.of("adminNumber")), model.adminNumber());
        text(form.field("Administrator name", new TextField(), e.of("adminName")), model.adminName());
        text(form.field("Administrator PIN", new PasswordField(), e.of("adminPin")), model.adminPin());
        text(form.field("PIN again", new PasswordField(), e.of("adminPinAgain")), model.adminPinAgain());
        TextField file = new TextField();
        file.setPromptText("Path of the fee schedule JSON file");
        file.textProperty().bindBidirectional(model.feeFile());
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(ev -> browse());
        Button check = new Button("Check file");
        check.setOnAction(ev -> model.checkFeeFile());
        Forms.onEnter(file, model::checkFeeFile);
        HBox fileRow = new HBox(8, file, browse, check);
        HBox.setHgrow(file, Priority.ALWAYS);
        form.field("Fee schedule", fileRow, e.of("feeFile"));
        ListView<String> problems = new ListView<>(model.feeProblems());
        problems.setPrefHeight(140);
        problems.getStyleClass().add("problem-list");
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.feeProblems()));
        problems.managedProperty().bind(problems.visibleProperty());
        form.wide(problems);
        Label summary = form.wide(new Label());
        summary.textProperty().bind(model.feeSummary());
        summary.getStyleClass().add("success-text");
        Button finish = form.wide(new Button("Finish setup"));
        finish.getStyleClass().add("accent");
        finish.disableProperty().bind(model.background().busy());
        finish.setOnAction(ev -> model.finish(done));
        Forms.onEnter(finish, finish::fire);
    }

    private static TextField text(TextField field, javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void showForm() {
        ownForm.setVisible(true);
        ownForm.setManaged(true);
        name.requestFocus();
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Fee schedule to import");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Fee schedule (JSON)", "*.json"));
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.feeFile().set(chosen.getAbsolutePath());
            model.checkFeeFile();
        }
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        demo.requestFocus();
    }
}
