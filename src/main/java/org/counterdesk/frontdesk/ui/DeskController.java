package org.counterdesk.frontdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;
import org.counterdesk.ui.LazyScreen;

/**
 * What every front desk screen's controller does the same way: it is handed its view model,
 * loads its FXML (which calls its {@code initialize}, the model already there), and shows what
 * was done and what went wrong in the two lines at the foot of the screen. A subclass must not
 * give its {@code @FXML} or other fields initial values: they would be set again after the load.
 *
 * @param <M> the screen's view model
 */
public abstract class DeskController<M> {

    protected final M model;
    private final Parent root;

    protected DeskController(M model, String fxml) {
        this.model = model;
        this.root = Fxml.load(this, fxml);
    }

    public final Parent root() {
        return root;
    }

    /** Reads the screen's lists again and puts the cursor where work starts: the screen has come to the front. */
    public abstract void shown();

    /** The screen, built, for the shell's lazy list of screens. */
    public final LazyScreen.Built built() {
        return new LazyScreen.Built(root, this::shown);
    }

    /** Shows {@code done} in the status line and the form's general message in the message line. */
    protected static void showOutcome(Label status, ObservableStringValue done, Label message, FormErrors errors) {
        status.textProperty().bind(done);
        Forms.showMessage(message, errors.general());
    }
}
