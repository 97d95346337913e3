package org.counterdesk.receipting.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.counterdesk.money.TenderKind;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/**
 * The tender forms, one per kind, switched by F5–F8 or the buttons above them. Enter moves
 * through a form's fields and, on its last field, adds the tender.
 */
final class TenderPanel extends VBox {

    private final ReceiptingViewModel model;
    private final Runnable added;
    private final Map<TenderKind, TextField> firstField = new EnumMap<>(TenderKind.class);
    private final Map<TenderKind, FormGrid> forms = new EnumMap<>(TenderKind.class);
    private final Map<TenderKind, ToggleButton> buttons = new EnumMap<>(TenderKind.class);

    TenderPanel(ReceiptingViewModel model, Runnable added) {
        this.model = model;
        this.added = added;
        getStyleClass().add("tender-panel");
        setSpacing(8);
        TenderEntry t = model.tender();
        FormErrors e = model.errors();
        build(TenderKind.CASH, "F5", new String[] {"Cash received"}, new StringProperty[] {t.cash},
                new String[] {"cashAmount"}, e);
        build(TenderKind.EFTPOS, "F6", new String[] {"Amount", "Terminal reference"},
                new StringProperty[] {t.eftposAmount, t.eftposReference}, new String[] {"eftposAmount", "eftposReference"}, e);
        build(TenderKind.CHEQUE, "F7", new String[] {"Amount", "Cheque from", "Bank", "BSB", "Cheque number"},
                new StringProperty[] {t.chequeAmount, t.chequeDrawer, t.chequeBank, t.chequeBsb, t.chequeNumber},
                new String[] {"chequeAmount", "chequeDrawer", "chequeBank", "chequeBsb", "chequeNumber"}, e);
        build(TenderKind.MONEY_ORDER, "F8", new String[] {"Amount", "Issuer", "Money order number"},
                new StringProperty[] {t.moneyOrderAmount, t.moneyOrderIssuer, t.moneyOrderNumber},
                new String[] {"moneyOrderAmount", "moneyOrderIssuer", "moneyOrderNumber"}, e);
        ToggleGroup group = new ToggleGroup();
        GridPane toggles = new GridPane();
        toggles.setHgap(4);
        toggles.setVgap(4);
        toggles.getStyleClass().add("tender-toggles");
        StackPane stack = new StackPane();
        for (TenderKind k : TenderKind.values()) {
            ToggleButton b = buttons.get(k);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setOnAction(ev -> select(k));
            b.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(b, Priority.ALWAYS);
            toggles.add(b, k.ordinal() % 2, k.ordinal() / 2);
            stack.getChildren().add(forms.get(k));
        }
        getChildren().addAll(toggles, stack);
        model.tender().kind().addListener((obs, old, now) -> show(now));
        show(TenderKind.CASH);
    }

    /** Shows the form for {@code kind} with what is left to pay offered, and puts the cursor in it. */
    void select(TenderKind kind) {
        model.startTender(kind);
        show(kind);
        TextField first = firstField.get(kind);
        first.requestFocus();
        first.selectAll();
    }

    private void show(TenderKind kind) {
        forms.forEach((k, f) -> {
            f.setVisible(k == kind);
            f.setManaged(k == kind);
        });
        buttons.get(kind).setSelected(true);
    }

    private void build(TenderKind kind, String key, String[] labels, StringProperty[] values, String[] fields,
                       FormErrors errors) {
        FormGrid grid = new FormGrid();
        TextField previous = null;
        for (int i = 0; i < labels.length; i++) {
            TextField f = grid.field(labels[i], new TextField(), errors.of(fields[i]));
            f.setId(fields[i]);
            f.textProperty().bindBidirectional(values[i]);
            errors.focusOnRefusal(fields[i], f);
            if (i == 0) {
                firstField.put(kind, f);
            } else {
                Forms.enterMovesTo(previous, f);
            }
            previous = f;
        }
        Forms.onEnter(previous, () -> {
            if (model.addTender()) {
                added.run();
            }
        });
        forms.put(kind, grid);
        buttons.put(kind, new ToggleButton(kind.label() + "  " + key));
    }

    TextField cashField() {
        return firstField.get(TenderKind.CASH);
    }
}
