package org.counterdesk.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Small helpers shared by the forms: messages beside fields, and Enter to move on. */
public final class Forms {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private Forms() {
    }

    /**
     * Shows {@code message} in {@code label} (hidden when empty) and marks {@code field} red while it has one.
     * A message wraps and keeps its height: it is never cut short with "…".
     */
    public static void showMessage(Label label, ObservableStringValue message, Node... fields) {
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
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

    /**
     * Runs {@code action} when Enter is pressed in {@code node} (or in a check box or button
     * inside it); the scanner's Enter counts too. A filter, so that a check box or button does
     * not take the Enter for itself: on these forms Enter means "next". A row's filter leaves
     * alone an Enter typed in a text field inside the row, which has its own.
     */
    public static void onEnter(Node node, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean textInsideRow = e.getTarget() != node && e.getTarget() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isShiftDown() && !textInsideRow) {
                e.consume();
                action.run();
            }
        });
    }

    /** Puts the focus on {@code node}, or on the first field inside it if it is a row of fields. */
    public static void focusInto(Node node) {
        if (node.isFocusTraversable() || !(node instanceof Parent parent)) {
            node.requestFocus();
            return;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child.isFocusTraversable() && !child.isDisabled()) {
                child.requestFocus();
                return;
            }
        }
    }

    /** Scrolls {@code pane} so that whichever field has the focus can be seen. */
    public static void keepFocusInView(ScrollPane pane) {
        pane.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((obs, old, focused) -> scrollTo(pane, focused));
            }
        });
    }

    private static void scrollTo(ScrollPane pane, Node focused) {
        Node content = pane.getContent();
        if (focused == null || content == null) {
            return;
        }
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == content) {
                Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
                double viewport = pane.getViewportBounds().getHeight();
                double extra = content.getLayoutBounds().getHeight() - viewport;
                if (extra > 0) {
                    double top = pane.getVvalue() * extra;
                    if (b.getMinY() < top) {
                        pane.setVvalue(Math.max(0, b.getMinY() - 20) / extra);
                    } else if (b.getMaxY() > top + viewport) {
                        pane.setVvalue(Math.min(extra, b.getMaxY() + 40 - viewport) / extra);
                    }
                }
                return;
            }
        }
    }

    /** Ties a text field to a view model's property both ways; returns the field for chaining. */
    public static <T extends javafx.scene.control.TextInputControl> T bound(T field,
            javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Enter in {@code from} moves the focus to {@code to}. */
    public static void enterMovesTo(TextInputControl from, Node to) {
        onEnter(from, to::requestFocus);
    }
}
