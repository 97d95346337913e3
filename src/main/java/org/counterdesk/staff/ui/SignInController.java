package org.counterdesk.staff.ui;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** The sign-in screen: staff number, Enter, PIN, Enter. */
public final class SignInController extends FxmlPanel<SignInViewModel> {

    private final String headlineText;
    private final Consumer<Actor> signedIn;

    @FXML private Label organisation;
    @FXML private Label demoBadge;
    @FXML private Label terminal;
    @FXML private Label headline;
    @FXML private TextField staffNumber;
    @FXML private PasswordField pin;
    @FXML private Label staffNumberMessage;
    @FXML private Label pinMessage;
    @FXML private Label message;
    @FXML private Button signIn;
    @FXML private ProgressIndicator working;
    @FXML private VBox demoHint;
    @FXML private Label demoStaff;

    public SignInController(SignInViewModel model, String headlineText, Consumer<Actor> signedIn) {
        super(model, "sign-in.fxml");
        this.headlineText = headlineText;
        this.signedIn = signedIn;
    }

    @FXML
    private void initialize() {
        organisation.setText(model.organisationName());
        headline.setText(headlineText);
        terminal.setText(model.terminalLine());
        staffNumber.textProperty().bindBidirectional(model.form().staffNumber());
        pin.textProperty().bindBidirectional(model.form().pin());
        Forms.showMessage(staffNumberMessage, model.shown().errors().of("staffNumber"), staffNumber);
        Forms.showMessage(pinMessage, model.shown().errors().of("pin"), pin);
        Forms.showMessage(message, model.shown().errors().general());
        Forms.enterMovesTo(staffNumber, pin);
        Forms.onEnter(pin, this::submit);
        signIn.setOnAction(e -> submit());
        signIn.disableProperty().bind(model.shown().busy());
        showWhile(working, model.shown().busy());
        demoStaff.setText(model.demoStaff());
        demoBadge.setVisible(model.demo());
        demoBadge.setManaged(model.demo());
        demoHint.setVisible(model.demo());
        demoHint.setManaged(model.demo());
        model.shown().errors().of("staffNumber").addListener((o, a, b) -> focusLater(staffNumber, b));
        model.shown().errors().of("pin").addListener((o, a, b) -> focusLater(pin, b));
    }

    private void submit() {
        if (!model.shown().busy().get()) {
            model.signIn(signedIn);
        }
    }

    private static void focusLater(TextField field, String message) {
        if (message != null && !message.isEmpty()) {
            field.requestFocus();
            field.selectAll();
        }
    }

    /** Puts the cursor where the person starts typing. */
    public void focus() {
        if (staffNumber.getText().isEmpty()) {
            staffNumber.requestFocus();
        } else {
            pin.requestFocus();
        }
    }
}
