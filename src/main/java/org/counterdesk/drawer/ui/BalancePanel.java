package org.counterdesk.drawer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.drawer.Balance;
import org.counterdesk.drawer.Decision;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.SessionFigures;
import org.counterdesk.drawer.Variance;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/**
 * After the count: expected against counted for every tender, how the expected cash is made
 * up, anything missing, and either the close or the supervisor's decision form.
 */
final class BalancePanel extends VBox {

    private final DrawerViewModel model;
    private final Label headline = new Label();
    private final GridPane table = new GridPane();
    private final GridPane makeUp = new GridPane();
    private final Label missing = new Label();
    private final VBox decisionBox = new VBox(8);
    private final VBox closedBox = new VBox(8);
    private final ToggleGroup decisions = new ToggleGroup();

    BalancePanel(DrawerViewModel model) {
        this.model = model;
        setSpacing(12);
        getStyleClass().add("drawer-panel");
        headline.setId("balanceHeadline");
        headline.getStyleClass().add("balance-headline");
        table.setId("balanceTable");
        table.setHgap(24);
        table.setVgap(4);
        makeUp.setHgap(24);
        makeUp.setVgap(2);
        missing.setId("missingInstruments");
        missing.getStyleClass().add("field-message");
        missing.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        missing.setWrapText(true);
        buildDecision();
        Button again = new Button("Print the close report again");
        again.setOnAction(e -> model.status().get().close().ifPresent(c -> model.printCloseAgain()));
        Button next = new Button("Open a new session");
        next.setId("newSession");
        next.setOnAction(e -> model.newSession());
        closedBox.getChildren().add(new HBox(10, next, again));
        Label makeUpTitle = new Label("How the expected cash is made up");
        makeUpTitle.getStyleClass().add("field-label");
        getChildren().addAll(headline, table, missing, makeUpTitle, makeUp, decisionBox, closedBox);
        model.status().addListener((o, a, st) -> show(st));
    }

    private void buildDecision() {
        HBox choices = new HBox(6);
        for (Decision d : Decision.values()) {
            ToggleButton b = new ToggleButton((d.ordinal() + 1) + "  " + d.label());
            b.setId("decision-" + d.name());
            b.setUserData(d);
            b.setToggleGroup(decisions);
            b.setOnAction(e -> {
                b.setSelected(true);
                model.close.decision().set(d);
            });
            choices.getChildren().add(b);
        }
        decisionBox.setMaxWidth(900);
        model.close.decision().addListener((o, a, d) -> selectToggle(d));
        selectToggle(Decision.RECOUNT);
        FormGrid form = new FormGrid();
        TextField note = form.field("note", "Note", new TextField(), model.errors());
        note.setId("decisionNote");
        note.textProperty().bindBidirectional(model.close.decisionNote);
        ApprovalFields.add(form, model.close.approval, model.errors(), "decision", false, "Supervisor");
        Button record = form.wide(new Button("Record the decision"));
        record.setId("recordDecision");
        record.getStyleClass().add("accent");
        record.setOnAction(e -> model.decide());
        form.enterMovesDown(record::fire);
        for (var toggle : decisions.getToggles()) {
            Forms.onEnter((ToggleButton) toggle, () -> {
                ((ToggleButton) toggle).fire();
                note.requestFocus();
            });
        }
        Label title = new Label("Beyond tolerance: a supervisor decides (a different person from the cashier)");
        title.getStyleClass().add("title-4");
        decisionBox.getChildren().addAll(title, choices, form);
        decisionBox.getStyleClass().add("card");
        // On the typed character, so the digit is not also typed into the note that takes the focus.
        decisionBox.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (e.getCharacter().matches("[123]") && !(e.getTarget() instanceof TextField)) {
                model.close.decision().set(Decision.values()[Integer.parseInt(e.getCharacter()) - 1]);
                note.requestFocus();
                e.consume();
            }
        });
    }

    private void selectToggle(Decision d) {
        decisions.getToggles().stream().filter(t -> t.getUserData() == d).findFirst()
                .ifPresent(t -> decisions.selectToggle(t));
    }

    private void show(SessionClosing.Status st) {
        if (st == null || st.balance().isEmpty()) {
            return;
        }
        Balance b = st.balance().get();
        boolean closed = st.close().isPresent();
        String variance = b.totalVariance().isZero() ? "" : "  \u00b7  " + Variance.label(b.totalVariance());
        headline.setText("Drawer " + st.session().drawerCode() + ": " + (closed ? st.close().get().outcome().label()
                : "waiting for a supervisor") + variance);
        headline.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !b.withinTolerance());
        table.getChildren().clear();
        table.addRow(0, bold("Tender"), bold("Expected"), bold("Counted"), bold("Variance"));
        int row = 1;
        for (Balance.Row r : b.rows()) {
            table.addRow(row++, new Label(r.tender()), figure(r.expected().format()), figure(r.counted().format()),
                    figure(Variance.label(r.variance())));
        }
        missing.setText(b.missing().isEmpty() ? "" : "Missing: " + String.join("; ",
                b.missing().stream().map(CloseDrawerModel::missingLine).toList()));
        makeUp.getChildren().clear();
        var lines = st.figures().cashMakeUp();
        for (int i = 0; i < lines.size(); i++) {
            SessionFigures.Line line = lines.get(i);
            Label label = new Label(line.label());
            Label amount = figure(line.amount().format());
            if (i == lines.size() - 1) {
                label.getStyleClass().add("field-label");
                amount.getStyleClass().add("field-label");
            }
            makeUp.addRow(i, label, amount);
        }
        closedBox.setVisible(closed);
        closedBox.setManaged(closed);
        decisionBox.setVisible(!closed);
        decisionBox.setManaged(!closed);
        if (closed && st.close().get().decidedBy() != null) {
            headline.setText(headline.getText() + "  \u00b7  decided by " + st.close().get().decidedBy());
        }
    }

    void focus() {
        if (decisionBox.isVisible()) {
            selectToggle(model.close.decision().get());
            ((ToggleButton) decisions.getSelectedToggle()).requestFocus();
        } else {
            Forms.focusInto(closedBox.lookup("#newSession"));
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label figure(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("balance-figure");
        return l;
    }
}
