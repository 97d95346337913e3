package org.counterdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Small helpers shared by the forms: messages beside fields, and Enter to move on. */
public final class Forms {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private Forms() {
    }

    /** Shows {@code message} in {@code label} (hidden when empty) and marks {@code field} red while it has one. */
    public static void showMessage(Label label, ObservableStringValue message, Node... fields) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add("field-message");
        label.textProperty().addListener((obs, old, now) -> {
            for (Node f : fields) {
                f.pseudoClassStateChanged(DANGER, now != null && !now.isEmpty());
            }
        });
    }

    /** Runs {@code action} when Enter is pressed in {@code node}; the scanner's Enter counts too. */
    public static void onEnter(Node node, Runnable action) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isShiftDown()) {
                e.consume();
                action.run();
            }
        });
    }

    /** Enter in {@code from} moves the focus to {@code to}. */
    public static void enterMovesTo(TextInputControl from, Node to) {
        onEnter(from, to::requestFocus);
    }
}
