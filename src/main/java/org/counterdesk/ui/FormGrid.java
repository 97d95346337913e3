package org.counterdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A form laid out as labels on the left and fields on the right, aligned, with each field's
 * message directly beneath it. Tab order follows the order rows are added.
 */
public final class FormGrid extends GridPane {

    private int row;
    private boolean stacked;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(14);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        // A label is never cut short: its column keeps the widest label's width and the fields give way.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
    }

    private final List<Node> inputs = new ArrayList<>();

    /**
     * Adds a field named {@code id} (its node id, and the field its refusals name) with its
     * message from {@code errors} beneath it.
     */
    public <T extends Node> T field(String id, String label, T field, FormErrors errors) {
        field.setId(id);
        errors.focusOnRefusal(id, field);
        return field(label, field, errors.of(id));
    }

    /**
     * Makes Enter in each field move to the next, in the order they were added, and run
     * {@code last} in the last one: the whole form fills in from the keyboard.
     */
    public void enterMovesDown(Runnable last) {
        for (int i = 0; i < inputs.size(); i++) {
            Node next = i + 1 < inputs.size() ? inputs.get(i + 1) : null;
            Forms.onEnter(inputs.get(i), next == null ? last : () -> Forms.focusInto(next));
        }
    }

    /**
     * Puts each label above its field, the field as wide as the form: for a narrow panel, where
     * labels beside the fields would leave the fields too small to read what is typed.
     */
    public void stackLabels() {
        stacked = true;
        ColumnConstraints only = new ColumnConstraints();
        only.setHgrow(Priority.ALWAYS);
        only.setFillWidth(true);
        getColumnConstraints().setAll(only);
    }

    /** Adds a labelled field with its message line; returns the field for chaining. */
    public <T extends Node> T field(String label, T field, ObservableStringValue message) {
        Label l = new Label(label);
        l.setLabelFor(inputOf(field));
        l.getStyleClass().add("field-label");
        l.setWrapText(stacked);
        if (stacked) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        // Beside a tall box the label sits at its top, where the eye starts reading it.
        GridPane.setValignment(l, field instanceof TextArea ? VPos.TOP : VPos.CENTER);
        if (stacked) {
            add(l, 0, row++);
            GridPane.setFillWidth(field, true);
            if (field instanceof Region r) {
                r.setMaxWidth(Double.MAX_VALUE);
            }
        } else {
            add(l, 0, row);
        }
        add(field, stacked ? 0 : 1, row);
        inputs.add(field);
        row++;
        if (message != null) {
            Label m = new Label();
            m.setWrapText(true);
            Forms.showMessage(m, message, field);
            add(m, stacked ? 0 : 1, row);
            row++;
        }
        return field;
    }

    /**
     * The input a label names: the field itself, or the first input inside a composite field (a
     * search box with its list, a path with its buttons), so a screen reader and the eye agree.
     */
    private static Node inputOf(Node field) {
        if (field instanceof javafx.scene.control.Control || !(field instanceof javafx.scene.Parent p)) {
            return field;
        }
        for (Node child : p.getChildrenUnmodifiable()) {
            Node input = inputOf(child);
            if (input instanceof javafx.scene.control.TextInputControl || input instanceof javafx.scene.control.ComboBoxBase) {
                return input;
            }
        }
        return field;
    }

    /** Adds a node across both columns (a heading, a note, a row of buttons). */
    public <T extends Node> T wide(T node) {
        if (node instanceof Label l) {
            if (GridPane.getHalignment(node) == null) {
                // A heading or note starts at the left edge, as text is read, not under the right-aligned labels.
                GridPane.setHalignment(node, HPos.LEFT);
            }
            // Wraps, and keeps the height of every line, rather than end in "…" at large text.
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        add(node, 0, row, stacked ? 1 : 2, 1);
        row++;
        return node;
    }
}
