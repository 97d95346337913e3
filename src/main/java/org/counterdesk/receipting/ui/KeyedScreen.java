package org.counterdesk.receipting.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * A screen of this room: it has keys of its own (F-keys, Esc), and fields whose refusals show
 * beneath them.
 *
 * @param <M> the screen's view model
 */
abstract class KeyedScreen<M> extends FxmlPanel<M> {

    protected KeyedScreen(M model, String fxml) {
        super(model, fxml);
    }

    @Override
    protected abstract void keys(KeyEvent e);

    /** Runs {@code action}, the screen's answer to {@code e}, and consumes the key; a null action leaves the key alone. */
    static void take(KeyEvent e, Runnable action) {
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Shows {@code name}'s refusals in {@code message} beneath {@code field}, and puts the cursor there when one comes. */
    static void refusals(FormErrors errors, String name, Node field, Label message) {
        Forms.showMessage(message, errors.of(name), field);
        errors.focusOnRefusal(name, field);
    }

    /** Binds {@code field} to {@code value} both ways and shows {@code name}'s refusals beneath it, as {@link #refusals} does. */
    static void bound(FormErrors errors, String name, TextInputControl field, Label message, StringProperty value) {
        refusals(errors, name, Forms.bound(field, value), message);
    }
}
