package org.counterdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A form laid out as labels on the left and fields on the right, aligned, with each field's
 * message directly beneath it. Tab order follows the order rows are added.
 */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(14);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
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

    /** Adds a labelled field with its message line; returns the field for chaining. */
    public <T extends Node> T field(String label, T field, ObservableStringValue message) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        GridPane.setValignment(l, VPos.CENTER);
        add(l, 0, row);
        add(field, 1, row);
        inputs.add(field);
        row++;
        if (message != null) {
            Label m = new Label();
            m.setWrapText(true);
            Forms.showMessage(m, message, field);
            add(m, 1, row);
            row++;
        }
        return field;
    }

    /** Adds a node across both columns (a heading, a note, a row of buttons). */
    public <T extends Node> T wide(T node) {
        add(node, 0, row, 2, 1);
        row++;
        return node;
    }
}
