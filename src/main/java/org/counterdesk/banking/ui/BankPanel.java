package org.counterdesk.banking.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.counterdesk.banking.BankableSession;
import org.counterdesk.banking.Banking;
import org.counterdesk.banking.DepositPlan;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.Denomination;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** Banking the closed drawers (bank.fxml): what is held up, what goes in the bag, and the two people who bank it. */
public final class BankPanel extends FxmlPanel<BankingViewModel> {

    private TextField reference;

    @FXML private ToggleGroup scopes;
    @FXML private HBox bankingScope;
    @FXML private RadioButton bankThisCounter;
    @FXML private RadioButton bankWholeSite;
    @FXML private Label bankingBlockers;
    @FXML private Label stillOpen;
    @FXML private TableView<BankableSession> bankSessions;
    @FXML private GridPane depositCash;
    @FXML private TableView<Instrument> depositInstruments;
    @FXML private Label depositTotal;
    @FXML private Label whoBanks;
    @FXML private FormGrid bankForm;

    BankPanel(BankingViewModel model) {
        super(model, "bank.fxml");
    }

    @FXML
    private void initialize() {
        bankSessions.getColumns().setAll(List.of(Columns.text("Drawer", 70, s -> s.session().drawerCode()),
                Columns.text("Cashier", 140, s -> s.session().cashierName()),
                Columns.text("Business day", 110, s -> s.session().businessDate().toString()),
                Columns.figures("Cash", 90, s -> s.cash().format()),
                Columns.figures("Cheques", 90, s -> s.cheques().format()),
                Columns.figures("Money orders", 105, s -> s.moneyOrders().format()),
                Columns.figures("To bank", 95, s -> s.total().format()),
                Columns.text("Variance", 105, BankableSession::varianceText),
                Columns.text("Outcome", 200, s -> s.outcome().label())));
        bankSessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        depositInstruments.getColumns().setAll(List.of(Columns.text("Cheque / money order", 330, Instrument::describe),
                Columns.text("Receipt", 120, Instrument::receiptNo), Columns.figures("Amount", 100, i -> i.amount().format())));
        depositInstruments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        var bank = model.bank();
        var e = model.shared().errors();
        var f = bank.form();
        reference = Forms.bound(bankForm.field("reference", "Bag or slip number", new TextField(), e), f.reference());
        TextField checker = Forms.bound(bankForm.field("Checker's staff number", new TextField(), e.of("staffNumber")),
                f.checkerNumber());
        checker.setId("checkerNumber");
        PasswordField pin = Forms.bound(bankForm.field("Checker's PIN", new PasswordField(), e.of("pin")), f.checkerPin());
        pin.setId("checkerPin");
        e.focusOnRefusal("staffNumber", checker);
        e.focusOnRefusal("pin", pin);
        Button go = formButton(bankForm, "bankIt", "Bank it and print the deposit advice", model::bankDrawers);
        go.getStyleClass().add("accent");
        Forms.onEnter(go, go::fire);
        whoBanks.setText(bank.whoBanks());
        bankThisCounter.setSelected(f.scope().get() == Banking.Scope.TERMINAL);
        bankWholeSite.setSelected(!bankThisCounter.isSelected());
        scopes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                f.scope().set(b == bankWholeSite ? Banking.Scope.SITE : Banking.Scope.TERMINAL);
            }
        });
        bank.candidates().addListener((o, a, c) -> show(c));
    }

    private void show(Banking.Candidates c) {
        if (c == null) {
            return;
        }
        bankingScope.setVisible(c.terminals() > 1);
        bankingScope.setManaged(bankingScope.isVisible());
        bankingBlockers.setText(BankDrawersModel.blockers(c));
        bankingBlockers.setVisible(!c.awaitingDecision().isEmpty());
        bankingBlockers.setManaged(bankingBlockers.isVisible());
        stillOpen.setText(BankDrawersModel.stillOpen(c));
        DepositPlan p = c.plan();
        bankSessions.getItems().setAll(c.drawers());
        depositInstruments.getItems().setAll(p.instruments());
        depositCash.getChildren().clear();
        int row = 0;
        for (Denomination d : Denomination.values()) {
            if (p.cash().quantity(d) > 0) {
                depositCash.addRow(row++, new Label(d.label()), new Label("\u00d7 " + p.cash().quantity(d)),
                        new Label(p.cash().value(d).format()));
            }
        }
        Label cashCaption = new Label("Cash");
        Label cashTotal = new Label(p.cash().total().format());
        cashCaption.getStyleClass().add("field-label");
        cashTotal.getStyleClass().add("field-label");
        depositCash.addRow(row, cashCaption, new Label(), cashTotal);
        depositTotal.setText(BankDrawersModel.totalLine(p));
    }

    void focus() {
        reference.requestFocus();
    }
}
