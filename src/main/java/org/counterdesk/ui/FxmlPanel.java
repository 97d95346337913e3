package org.counterdesk.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;

/**
 * A screen, or a panel of one, that is the controller of its own FXML and binds its view model.
 * The model is here before the subclass's fields are initialised, so they may be made from it;
 * the FXML is loaded the first time the root is asked for, after those initialisers, so none of
 * them undoes what {@code initialize} set. Subclasses neither hold their model nor hold or load
 * their root.
 *
 * @param <M> the view model the panel binds
 */
public abstract class FxmlPanel<M> {

    protected final M model;
    private final String fxmlName;
    private Parent root;
    private boolean loading;

    /** A panel of {@code model} whose view is {@code fxmlName}, beside the subclass's package under resources. */
    protected FxmlPanel(M model, String fxmlName) {
        this.model = model;
        this.fxmlName = fxmlName;
    }

    /**
     * The panel's content, loaded (and this controller initialised) on the first call. Not to be
     * called from the panel's own {@code initialize}: the root does not exist until that returns.
     */
    public final Parent root() {
        if (root == null) {
            if (loading) {
                throw new IllegalStateException(fxmlName + ": root() asked for while its FXML is still loading");
            }
            loading = true;
            try {
                root = Fxml.load(this, fxmlName);
            } finally {
                loading = false;
            }
            root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        }
        return root;
    }

    /**
     * The screen's own keys (F-keys, Esc), seen before any field of it takes them; a subclass
     * consumes those it takes. None unless a subclass says.
     */
    protected void keys(KeyEvent e) {
    }

    /** Shows the panel, or hides it and gives its room to the others, for screens that show one panel at a time. */
    public final void setShown(boolean shown) {
        root().setVisible(shown);
        root().setManaged(shown);
    }

    /** Shows {@code node} only while {@code when} holds; hidden, it gives its room to the rest. */
    protected static void showWhile(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows {@code done} in the status line and the form's general message in the message line. */
    protected static void showOutcome(Label status, ObservableStringValue done, Label message, FormErrors errors) {
        status.textProperty().bind(done);
        Forms.showMessage(message, errors.general());
    }

    /**
     * The button that ends {@code form}: across its width, doing {@code action}, and pressed by Enter in the
     * form's last field. A style ("accent", "danger") and Enter on the button itself are the caller's to add.
     */
    protected static Button formButton(FormGrid form, String id, String text, Runnable action) {
        Button button = form.wide(new Button(text));
        button.setId(id);
        button.setOnAction(e -> action.run());
        form.enterMovesDown(button::fire);
        return button;
    }
}
