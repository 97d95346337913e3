package org.counterdesk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds text that JavaFX has cut short: a label, button or column header whose drawn text is
 * not its whole text (JavaFX draws "…" or "..." in place of what does not fit).
 */
public final class Clipped {

    private Clipped() {
    }

    /** Every shown label under {@code root} drawn shorter than its text, as "text → drawn". */
    public static List<String> labels(Parent root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            Text drawn = (Text) l.lookup(".text");
            if (drawn != null && drawn.getParent() == l && !same(l.getText(), drawn.getText())) {
                cut.add(l.getText() + " \u2192 " + drawn.getText());
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static boolean same(String text, String drawn) {
        return text.replaceAll("\\s+", " ").strip().equals(drawn.replaceAll("\\s+", " ").strip());
    }
}
