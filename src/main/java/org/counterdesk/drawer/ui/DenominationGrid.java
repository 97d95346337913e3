package org.counterdesk.drawer.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.counterdesk.money.Denomination;
import org.counterdesk.ui.Forms;

/**
 * The count grid: every note and coin with its count (or bag value), the row's value and the
 * running total. Enter moves down a row; Enter on the last row runs {@code done}. An optional
 * hint column shows, for example, what was left in the drawer at the last close. A small
 * control placed in a view's FXML and given its count by the view's controller.
 */
public final class DenominationGrid extends GridPane {

    private final Map<Denomination, TextField> fields = new EnumMap<>(Denomination.class);
    private final Map<Denomination, Label> hints = new EnumMap<>(Denomination.class);
    private Function<Denomination, String> hint;
    private Runnable done = () -> { };

    public DenominationGrid() {
        getStyleClass().add("count-grid");
        setHgap(10);
        setVgap(3);
    }

    /** Builds a row for every note and coin, bound to {@code entry}; field ids start with {@code idPrefix}. */
    void bind(CountEntry entry, String idPrefix, Function<Denomination, String> hint) {
        this.hint = hint;
        ColumnConstraints name = atLeast(56);
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints value = atLeast(90);
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().setAll(name, atLeast(90), value, atLeast(hint == null ? 0 : 150), atLeast(240));
        addRow(0, header(""), header("Count"), header("Value"), header(hint == null ? "" : "Left at last close"));
        Denomination[] all = Denomination.values();
        for (int i = 0; i < all.length; i++) {
            Denomination d = all[i];
            TextField count = new TextField();
            count.setId(idPrefix + "-" + d.name());
            count.setPrefColumnCount(6);
            count.getStyleClass().add("amount-field");
            count.textProperty().bindBidirectional(entry.typed(d));
            Label rowValue = new Label();
            rowValue.textProperty().bind(Bindings.createStringBinding(() -> entry.rowValue(d).format(), entry.typed(d)));
            Label hintLabel = new Label(hint == null ? "" : hint.apply(d));
            hintLabel.getStyleClass().add("text-muted");
            hints.put(d, hintLabel);
            Label message = new Label();
            Forms.showMessage(message, entry.message(d), count);
            Label denomination = new Label(d.label());
            denomination.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            denomination.setLabelFor(count);
            rowValue.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            count.setAccessibleText(d.label() + " count");
            addRow(i + 1, denomination, count, rowValue, hintLabel);
            add(message, 4, i + 1);
            fields.put(d, count);
            count.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    entry.checkRow(d);
                }
            });
        }
        Label totalCaption = header("Total");
        Label total = new Label();
        total.getStyleClass().add("count-total");
        total.setId(idPrefix + "-total");
        total.textProperty().bind(Bindings.createStringBinding(() -> entry.total().get().format(), entry.total()));
        add(totalCaption, 0, all.length + 1);
        add(total, 1, all.length + 1, 2, 1);
        GridPane.setHalignment(total, HPos.RIGHT);
        for (int i = 0; i < all.length; i++) {
            TextField next = i + 1 < all.length ? fields.get(all[i + 1]) : null;
            Denomination d = all[i];
            Forms.onEnter(fields.get(d), () -> {
                if (entry.checkRow(d)) {
                    if (next != null) {
                        next.requestFocus();
                        next.selectAll();
                    } else {
                        this.done.run();
                    }
                }
            });
        }
    }

    /** A column this wide at normal text size, and wider when larger text needs it (nothing is cut). */
    private static ColumnConstraints atLeast(double width) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPrefWidth(width);
        return c;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** What Enter on the last row does. */
    void whenDone(Runnable then) {
        this.done = then;
    }

    /** Shows the hint column again, after what it reads from has changed. */
    void refreshHints() {
        if (hint != null) {
            hints.forEach((d, label) -> label.setText(hint.apply(d)));
        }
    }

    void focusFirst() {
        TextField first = fields.get(Denomination.values()[0]);
        first.requestFocus();
        first.selectAll();
    }
}
