package org.counterdesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;

/**
 * What a screen reader gets from a screen: every control the keyboard can reach must have a
 * name (its own text, a label pointing at it with labelFor, or an accessibleText) and a role.
 */
public final class Accessible {

    private static final Set<Class<?>> CONTAINERS = Set.of(ScrollPane.class, SplitPane.class, TabPane.class,
            TitledPane.class, Accordion.class);

    private Accessible() {
    }

    /** Each control under {@code root} the keyboard reaches without a name or a role, described. Call on the FX thread. */
    public static List<String> unnamed(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    /**
     * Each input under {@code root} (text field, password, text area, combo box, choice box, date
     * picker, spinner) without a visible label of its own: a {@link Label} with text whose
     * {@code labelFor} is the input and that is not hidden while the input shows. A hint (prompt
     * text) does not count: it goes as soon as the user types. Call on the FX thread.
     */
    public static List<String> unlabelled(Parent root) {
        java.util.Map<Node, Label> labels = new java.util.IdentityHashMap<>();
        collectLabels(root, labels);
        List<String> found = new ArrayList<>();
        for (Control c : inputs(root)) {
            Label l = labels.get(c);
            if (l == null || l.getText() == null || l.getText().isBlank()) {
                found.add(describe(c) + " has no label pointing at it");
            } else if (shown(c) && !shown(l)) {
                found.add(describe(c) + "'s label '" + l.getText() + "' is hidden");
            }
        }
        return found;
    }

    /** The inputs under {@code root} that need a visible label, hidden panels included. */
    public static List<Control> inputs(Parent root) {
        return focusable(root).stream().filter(c -> INPUTS.stream().anyMatch(k -> k.isInstance(c))).toList();
    }

    private static final List<Class<?>> INPUTS = List.of(TextInputControl.class, ComboBoxBase.class, ChoiceBox.class,
            Spinner.class);

    private static void collectLabels(Node node, java.util.Map<Node, Label> labels) {
        if (node instanceof Label l && l.getLabelFor() != null) {
            labels.put(l.getLabelFor(), l);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectLabels(child, labels);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every control the keyboard can reach under {@code root} (hidden panels too), skins' inner parts left out. */
    public static List<Control> focusable(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Control> found) {
        if (node instanceof Control c && c.isFocusTraversable() && !partOfAnother(c)) {
            found.add(c);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static void walk(Parent root, List<String> found) {
        for (Control c : focusable(root)) {
            if (!named(c)) {
                found.add(describe(c) + " has no accessible name");
            }
            if (c.getAccessibleRole() == AccessibleRole.NODE || c.getAccessibleRole() == AccessibleRole.PARENT) {
                found.add(describe(c) + " has no role");
            }
        }
    }

    static boolean named(Control c) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (c instanceof Labeled l && !(c instanceof javafx.scene.control.Cell) && l.getText() != null
                && !l.getText().isBlank()) {
            return true;
        }
        return c.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) != null;
    }

    private static boolean partOfAnother(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control && !CONTAINERS.contains(p.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control c) {
        String prompt = c instanceof TextInputControl t && t.getPromptText() != null ? " prompt '" + t.getPromptText() + "'"
                : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + prompt + " in "
                + screenOf(c);
    }

    private static String screenOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().stream().anyMatch(s -> s.endsWith("-screen"))) {
                return p.getStyleClass().stream().filter(s -> s.endsWith("-screen")).findFirst().orElse("");
            }
        }
        return "?";
    }
}
