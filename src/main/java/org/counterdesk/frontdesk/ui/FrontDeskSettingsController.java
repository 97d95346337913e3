package org.counterdesk.frontdesk.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.counterdesk.frontdesk.SmtpSettings;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.ListReads;

/** The front desk settings screen (administrators). Enter moves down; Enter on the last field saves. */
public final class FrontDeskSettingsController extends DeskController<FrontDeskSettingsViewModel> {

    @FXML private ScrollPane scroll;
    @FXML private FormGrid form;
    @FXML private Label status;
    @FXML private Label message;

    private TextField first;

    public FrontDeskSettingsController(FrontDeskSettingsViewModel model) {
        super(model, "front-desk-settings.fxml");
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        var e = shown.errors();
        var in = model.input();
        form.wide(heading("Email to hosts (leave the server empty to tell hosts by phone)"));
        first = Forms.bound(form.field("smtpHost", "Email server", new TextField(), e), in.smtpHost());
        first.setPromptText("mail.council.vic.gov.au, or empty");
        Forms.bound(form.field("smtpPort", "Port", new TextField(), e), in.smtpPort());
        ComboBox<SmtpSettings.Security> security = form.field("Security", new ComboBox<>(), null);
        security.setId("security");
        security.getItems().setAll(SmtpSettings.Security.values());
        security.setCellFactory(v -> new TextCell<>(SmtpSettings.Security::label));
        security.setButtonCell(new TextCell<>(SmtpSettings.Security::label));
        security.valueProperty().bindBidirectional(in.security());
        Forms.bound(form.field("from", "Sent from", new TextField(), e), in.from())
                .setPromptText("frontdesk@council.vic.gov.au");
        Forms.bound(form.field("username", "User name", new TextField(), e), in.username())
                .setPromptText("Empty if no login");
        Forms.bound(form.field("password", "Password", new PasswordField(), e), in.password())
                .setPromptText("Leave empty to keep the saved one");
        form.wide(heading("The desk"));
        Forms.bound(form.field("closeOfBusiness", "Close of business", new TextField(), e), in.closeOfBusiness());
        Forms.bound(form.field("retentionDays", "Keep visitors (days)", new TextField(), e), in.retentionDays());
        Forms.bound(form.field("badges", "Badge numbers", new TextField(), e), in.badges()).setPromptText("1-50");
        Forms.bound(form.field("badgePrinter", "Badge printer", new TextField(), e), in.badgePrinter())
                .setPromptText("Printer name, or empty for the receipt printer");
        TextArea types = form.field("enquiryTypes", "Enquiry types", new TextArea(), e);
        types.setPrefRowCount(7);
        types.setPromptText("One a line, or separated by commas");
        Forms.bound(types, in.enquiryTypes());
        Button save = form.wide(new Button("Save settings"));
        save.setId("saveFrontDesk");
        save.getStyleClass().add("accent");
        save.setOnAction(ev -> model.save());
        form.enterMovesDown(save::fire);
        Forms.keepFocusInView(scroll);
        showOutcome(status, shown.status(), message, e);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    @Override
    public void shown() {
        model.refresh();
        // After the settings are read in: the cursor lands in a form that is filled, and stays there.
        ListReads.afterReads(() -> Platform.runLater(first::requestFocus));
    }
}
