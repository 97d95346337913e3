package org.counterdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds text on show that the user cannot read whole: a label, button, column heading or cell
 * drawn with an ellipsis, or a field whose hint is wider than the field.
 */
public final class CutText {

    private CutText() {
    }

    /** Every cut text in the scene's visible nodes, described so a failing test says which. */
    public static List<String> in(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            walk(scene.getRoot(), cut);
            return null;
        }));
        return cut;
    }

    private static void walk(Node n, List<String> cut) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        if ((n instanceof TableCell<?, ?> || n instanceof javafx.scene.control.ListCell<?>) && scrolledAway(n)) {
            return;
        }
        if (n instanceof TableCell<?, ?> cell && cell.getGraphic() instanceof Text t) {
            check(cell, t, cut);
        } else if (n instanceof Labeled l) {
            check(l, cut);
        } else if (n instanceof TextField f) {
            check(f, cut);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    /**
     * Whether a cell lies outside the visible part of its list or table (scrolled sideways out of
     * view): the list does not lay such cells out again, and the user scrolls to read them.
     */
    private static boolean scrolledAway(Node cell) {
        for (Node p = cell.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Control list && !(p instanceof javafx.scene.control.IndexedCell<?>)) {
                Bounds b = list.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                return b.getMaxX() > list.getWidth() + 1 || b.getMinX() < -1;
            }
        }
        return false;
    }

    private static void check(Labeled l, List<String> cut) {
        String whole = l.getText();
        if (whole == null || whole.isEmpty() || l.isMnemonicParsing() && whole.contains("_")) {
            return;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.isVisible() && !whole.equals(t.getText())) {
                cut.add(l.getClass().getSimpleName() + " \"" + whole + "\" shows as \"" + t.getText() + "\"");
            }
        }
    }

    private static void check(TableCell<?, ?> cell, Text t, List<String> cut) {
        double room = cell.getHeight() - cell.snappedTopInset() - cell.snappedBottomInset();
        if (t.getLayoutBounds().getHeight() > room + 1) {
            cut.add("cell \"" + t.getText() + "\" is taller than its row");
        }
    }

    private static void check(TextField f, List<String> cut) {
        String hint = f.getPromptText();
        if (hint == null || hint.isEmpty() || !f.getText().isEmpty()) {
            return;
        }
        Text probe = new Text(hint);
        probe.setFont(f.getFont());
        Bounds field = f.getLayoutBounds();
        double room = field.getWidth() - f.getPadding().getLeft() - f.getPadding().getRight();
        if (probe.getLayoutBounds().getWidth() > room + 1) {
            cut.add("field " + f.getId() + "'s hint \"" + hint + "\" is wider than the field");
        }
    }
}
