package org.counterdesk.setup.ui;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** The first-run screen: try with demo data, or set up for the organisation. */
public final class FirstRunController extends FxmlPanel<FirstRunViewModel> {

    private final Runnable done;

    @FXML private Button demo;
    @FXML private Button own;
    @FXML private VBox ownForm;
    @FXML private FormGrid form;
    @FXML private Label message;
    @FXML private ProgressIndicator working;

    private TextField name;

    public FirstRunController(FirstRunViewModel model, Runnable done) {
        super(model, "first-run.fxml");
        this.done = done;
        Forms.keepFocusInView((ScrollPane) root());
    }

    @FXML
    private void initialize() {
        demo.setOnAction(e -> model.loadDemo(done));
        own.setOnAction(e -> showForm());
        Forms.onEnter(demo, demo::fire);
        Forms.onEnter(own, own::fire);
        demo.disableProperty().bind(model.shown().busy());
        working.visibleProperty().bind(model.shown().busy());
        Forms.showMessage(message, model.shown().errors().general());
        buildForm();
        ownForm.setVisible(false);
        ownForm.setManaged(false);
    }

    private void buildForm() {
        var e = model.shown().errors();
        name = Forms.bound(form.field("name", "Organisation name", new TextField(), e), model.form().name());
        Forms.bound(form.field("abn", "ABN", new TextField(), e), model.form().abn()).setPromptText("11 digits");
        Forms.bound(form.field("address", "Address", new TextField(), e), model.form().address());
        ComboBox<String> zone = form.field("Time zone", new ComboBox<>(), null);
        zone.getItems().setAll(FirstRunViewModel.ZONES);
        zone.valueProperty().bindBidirectional(model.form().timeZone());
        Forms.bound(form.field("terminalCode", "Terminal code", new TextField(), e), model.form().terminalCode());
        Forms.bound(form.field("adminNumber", "Administrator staff number", new TextField(), e), model.form().adminNumber());
        Forms.bound(form.field("adminName", "Administrator name", new TextField(), e), model.form().adminName());
        Forms.bound(form.field("adminPin", "Administrator PIN", new PasswordField(), e), model.form().adminPin());
        Forms.bound(form.field("adminPinAgain", "PIN again", new PasswordField(), e), model.form().adminPinAgain());
        TextField file = new TextField();
        file.setId("feeFile");
        file.setPromptText("Path of the fee schedule JSON file, then Enter to check it");
        file.textProperty().bindBidirectional(model.form().feeFile());
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(ev -> browse());
        Button check = new Button("Check file");
        check.setOnAction(ev -> model.checkFeeFile());
        HBox fileRow = new HBox(8, file, browse, check);
        HBox.setHgrow(file, Priority.ALWAYS);
        form.field("Fee schedule", fileRow, e.of("feeFile"));
        ListView<String> problems = new ListView<>(model.shown().feeProblems());
        problems.setId("feeProblems");
        problems.setPrefHeight(140);
        problems.getStyleClass().add("problem-list");
        showWhile(problems, Bindings.isNotEmpty(model.shown().feeProblems()));
        form.wide(problems);
        Label summary = form.wide(new Label());
        summary.setId("feeSummary");
        summary.textProperty().bind(model.shown().feeSummary());
        summary.getStyleClass().add("success-text");
        Button finish = form.wide(new Button("Finish setup   Ctrl+Enter"));
        finish.setId("finish");
        finish.getStyleClass().add("accent");
        finish.setOnAction(ev -> {
            if (!model.shown().busy().get()) {
                model.finish(done);
            }
        });
        form.enterMovesDown(finish::requestFocus);
        Forms.onEnter(file, () -> {
            model.checkFeeFile();
            finish.requestFocus();
        });
        Forms.onEnter(finish, finish::fire);
        ownForm.addEventFilter(KeyEvent.KEY_PRESSED, ev -> {
            if (ev.getCode() == KeyCode.ENTER && ev.isShortcutDown()) {
                ev.consume();
                finish.fire();
            }
        });
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
        File chosen = chooser.showOpenDialog(root().getScene().getWindow());
        if (chosen != null) {
            model.form().feeFile().set(chosen.getAbsolutePath());
            model.checkFeeFile();
        }
    }

    public void focus() {
        demo.requestFocus();
    }
}
