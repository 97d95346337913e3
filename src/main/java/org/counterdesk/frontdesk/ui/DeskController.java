package org.counterdesk.frontdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.ui.LazyScreen;

/**
 * What every front desk screen's controller does the same way, beyond being the controller of
 * its own FXML and view model: it reads its lists again when it comes to the front, and shows
 * what was done and what went wrong in the two lines at the foot of the screen.
 *
 * @param <M> the screen's view model
 */
public abstract class DeskController<M> extends FxmlPanel<M> {

    protected DeskController(M model, String fxml) {
        super(model, fxml);
    }

    /** Reads the screen's lists again and puts the cursor where work starts: the screen has come to the front. */
    public abstract void shown();

    /** The screen, built, for the shell's lazy list of screens. */
    public final LazyScreen.Built built() {
        return new LazyScreen.Built(root(), this::shown);
    }

    /** Shows {@code done} in the status line and the form's general message in the message line. */
    protected static void showOutcome(Label status, ObservableStringValue done, Label message, FormErrors errors) {
        status.textProperty().bind(done);
        Forms.showMessage(message, errors.general());
    }
}
