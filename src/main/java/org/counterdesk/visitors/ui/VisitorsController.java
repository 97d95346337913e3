package org.counterdesk.visitors.ui;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.counterdesk.frontdesk.ui.ContactField;
import org.counterdesk.frontdesk.ui.DeskController;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.visitors.ExpectedVisit;

/**
 * The visitors screen. Keys, in the order a receptionist works: name, organisation, host
 * (type-ahead), purpose, vehicle, badge, each with Enter; Enter on the badge signs in. F6 signs
 * out (the selected visitor when the list has the focus, else the sign-out field), F7 records
 * the host was told by phone, F5 prints the badge again, F8 goes to today's expected visitors
 * (Enter signs the one selected in, Delete cancels them), Ctrl+N opens the form to expect a
 * visitor on a later day (or today), Esc clears the form or closes that one.
 */
public final class VisitorsController extends DeskController<VisitorsViewModel> {

    @FXML private ScrollPane formScroll;
    @FXML private FormGrid signInForm;
    @FXML private VBox watchPanel;
    @FXML private Label watchText;
    @FXML private FormGrid approvalForm;
    @FXML private Button signIn;
    @FXML private Button clear;
    @FXML private TextField signOut;
    @FXML private Label signOutMessage;
    @FXML private ListView<ExpectedVisit> expected;
    @FXML private Button expectButton;
    @FXML private VBox expectHolder;
    @FXML private Label flagged;
    @FXML private Label phonePrompt;
    @FXML private TableView<VisitorsViewModel.Row> table;
    @FXML private Button reprint;
    @FXML private Button signOutSelected;
    @FXML private Button phoned;
    @FXML private Label status;
    @FXML private Label message;

    private TextField name;
    private ContactField host;
    private TextField badge;
    private TextField supervisorNumber;
    private ExpectVisitorController expectPane;

    public VisitorsController(VisitorsViewModel model) {
        super(model, "visitors.fxml");
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        var e = shown.errors();
        var in = model.form().input();
        name = Forms.bound(signInForm.field("name", "Name", new TextField(), e), in.name());
        TextField organisation = Forms.bound(signInForm.field("organisation", "Organisation", new TextField(), e),
                in.organisation());
        host = signInForm.field("host", "Host", new ContactField(model::search, "Name or unit, then Enter"), e)
                .bind("hostQuery", "Host", in.host());
        TextField purpose = Forms.bound(signInForm.field("purpose", "Purpose", new TextField(), e), in.purpose());
        TextField vehicle = Forms.bound(signInForm.field("vehicle", "Vehicle rego", new TextField(), e), in.vehicle());
        vehicle.setPromptText("Optional");
        badge = Forms.bound(signInForm.field("badge", "Badge", new TextField(), e), in.badge());
        badge.getStyleClass().add("badge-field");
        Forms.enterMovesTo(name, organisation);
        Forms.onEnter(organisation, host::requestFocus);
        host.setOnChosen(purpose::requestFocus);
        Forms.enterMovesTo(purpose, vehicle);
        Forms.enterMovesTo(vehicle, badge);
        Forms.onEnter(badge, this::signIn);
        supervisorNumber = approvalForm.field("Supervisor staff number", new TextField(), e.of("staffNumber"));
        supervisorNumber.setId("supervisorNumber");
        Forms.bound(supervisorNumber, in.supervisorNumber());
        PasswordField pin = approvalForm.field("Supervisor PIN", new PasswordField(), e.of("pin"));
        pin.setId("supervisorPin");
        Forms.bound(pin, in.supervisorPin());
        Forms.enterMovesTo(supervisorNumber, pin);
        Forms.onEnter(pin, this::signIn);
        watchText.textProperty().bind(shown.watchWarning());
        watchPanel.visibleProperty().bind(shown.watchWarning().isNotEmpty());
        watchPanel.managedProperty().bind(watchPanel.visibleProperty());
        shown.watchWarning().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                Platform.runLater(supervisorNumber::requestFocus);
            }
        });
        signIn.setOnAction(ev -> signIn());
        signIn.disableProperty().bind(shown.busy());
        clear.setOnAction(ev -> clearForm());
        Forms.keepFocusInView(formScroll);

        signOut.textProperty().bindBidirectional(model.input().signOut());
        Forms.showMessage(signOutMessage, e.of("signOut"), signOut);
        Forms.onEnter(signOut, () -> model.signOutTyped(() -> { }));

        ExpectedTodayList.build(expected, model, table::requestFocus);
        expectPane = new ExpectVisitorController(model.expect(), model::search, model::refresh);
        expectHolder.getChildren().add(expectPane.root());
        expectButton.setOnAction(ev -> expectPane.open());

        showWhenSet(flagged, shown.flaggedBanner());
        showWhenSet(phonePrompt, shown.phonePrompt());
        VisitorTable.build(table, model);
        reprint.setOnAction(ev -> model.reprintBadge());
        signOutSelected.setOnAction(ev -> model.signOutSelected());
        phoned.setOnAction(ev -> model.toldByPhone());
        showOutcome(status, shown.status(), message, e);
    }

    /** Shows {@code text} in {@code label}, which takes no room while there is none. */
    private static void showWhenSet(Label label, StringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void signIn() {
        model.signIn(() -> Platform.runLater(name::requestFocus));
    }

    private void clearForm() {
        model.clearForm();
        host.clear();
        name.requestFocus();
    }

    @Override
    protected void keys(KeyEvent e) {
        switch (e.getCode()) {
            case F5 -> model.reprintBadge();
            case F6 -> {
                if (table.isFocused() && table.getSelectionModel().getSelectedItem() != null) {
                    model.signOutSelected();
                } else {
                    signOut.requestFocus();
                }
            }
            case F7 -> model.toldByPhone();
            case F8 -> {
                expected.requestFocus();
                if (expected.getSelectionModel().isEmpty()) {
                    expected.getSelectionModel().selectFirst();
                }
            }
            case N -> {
                if (!e.isShortcutDown()) {
                    return;
                }
                expectPane.open();
            }
            case ESCAPE -> {
                if (expectPane.hasFocus()) {
                    model.expect().close();
                    name.requestFocus();
                } else {
                    clearForm();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    public void shown() {
        model.refresh();
        Platform.runLater(name::requestFocus);
    }
}
