package org.counterdesk.drawer.ui;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.counterdesk.drawer.Balance;
import org.counterdesk.drawer.Decision;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.SessionFigures;
import org.counterdesk.drawer.Variance;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * After the count (balance.fxml): expected against counted for every tender, how the expected
 * cash is made up, anything missing, and either the close or the supervisor's decision form.
 */
public final class BalancePanel extends FxmlPanel<DrawerViewModel> {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private TextField note;

    @FXML private ToggleGroup decisions;
    @FXML private Label balanceHeadline;
    @FXML private GridPane balanceTable;
    @FXML private Label missingInstruments;
    @FXML private GridPane makeUp;
    @FXML private VBox decisionBox;
    @FXML private FormGrid decisionForm;
    @FXML private VBox closedBox;
    @FXML private Button newSession;
    @FXML private Button closeReportAgain;

    BalancePanel(DrawerViewModel model) {
        super(model, "balance.fxml");
    }

    @FXML
    private void initialize() {
        closeReportAgain.setOnAction(e -> model.printCloseAgain());
        newSession.setOnAction(e -> model.newSession());
        var decision = model.closeDrawer().decisionForm();
        note = Forms.bound(decisionForm.field("note", "Note", new TextField(), model.shared().errors()), decision.note());
        note.setId("decisionNote");
        ApprovalFields.add(decisionForm, decision.approval(), model.shared().errors(), "decision", false, "Supervisor");
        formButton(decisionForm, "recordDecision", "Record the decision", model::decide).getStyleClass().add("accent");
        for (int i = 0; i < decisions.getToggles().size(); i++) {
            ToggleButton b = (ToggleButton) decisions.getToggles().get(i);
            Decision d = Decision.values()[i];
            b.setUserData(d);
            b.setOnAction(e -> choose(d));
            Forms.onEnter(b, () -> {
                b.fire();
                note.requestFocus();
            });
        }
        decision.decision().addListener((o, a, d) -> selectToggle(d));
        selectToggle(Decision.RECOUNT);
        // On the typed character, so the digit is not also typed into the note that takes the focus.
        decisionBox.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (e.getCharacter().matches("[123]") && !(e.getTarget() instanceof TextField)) {
                choose(Decision.values()[Integer.parseInt(e.getCharacter()) - 1]);
                note.requestFocus();
                e.consume();
            }
        });
        model.shown().status().addListener((o, a, st) -> show(st));
    }

    private void choose(Decision d) {
        model.closeDrawer().decisionForm().decision().set(d);
        selectToggle(d);
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
        balanceHeadline.setText(CloseDrawerModel.headline(st));
        balanceHeadline.pseudoClassStateChanged(DANGER, !b.withinTolerance());
        balanceTable.getChildren().clear();
        balanceTable.addRow(0, bold("Tender"), bold("Expected"), bold("Counted"), bold("Variance"));
        int row = 1;
        for (Balance.Row r : b.rows()) {
            balanceTable.addRow(row++, new Label(r.tender()), figure(r.expected().format()), figure(r.counted().format()),
                    figure(Variance.label(r.variance())));
        }
        missingInstruments.setText(CloseDrawerModel.missing(b));
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
    }

    void focus() {
        if (decisionBox.isVisible()) {
            selectToggle(model.closeDrawer().decisionForm().decision().get());
            ((ToggleButton) decisions.getSelectedToggle()).requestFocus();
        } else {
            Forms.focusInto(newSession);
        }
    }

    /** A heading cell of the balance table (a table cell, so made here). */
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
