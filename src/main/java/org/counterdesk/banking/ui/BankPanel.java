package org.counterdesk.banking.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.banking.BankableSession;
import org.counterdesk.banking.Banking;
import org.counterdesk.banking.DepositPlan;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.Denomination;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/** Banking the closed drawers: what is held up, what goes in the bag, and the two people who bank it. */
final class BankPanel extends VBox {

    private final Label blockers = new Label();
    private final Label stillOpen = new Label();
    private final TableView<BankableSession> sessions = new TableView<>();
    private final GridPane cash = new GridPane();
    private final TableView<Instrument> instruments = new TableView<>();
    private final Label total = new Label();
    private final TextField reference;
    private final HBox scope;

    BankPanel(BankingViewModel model) {
        BankDrawersModel bank = model.bank;
        setSpacing(10);
        Label title = new Label("Bank the closed drawers");
        title.getStyleClass().add("title-3");
        blockers.setId("bankingBlockers");
        blockers.getStyleClass().add("field-message");
        blockers.setWrapText(true);
        blockers.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        blockers.setWrapText(true);
        stillOpen.getStyleClass().add("text-muted");
        stillOpen.setWrapText(true);
        sessions.setId("bankSessions");
        sessions.setPrefHeight(130);
        sessions.setAccessibleText("Closed drawers in this deposit");
        sessions.getColumns().setAll(List.of(Columns.text("Drawer", 70, s -> s.session().drawerCode()),
                Columns.text("Cashier", 140, s -> s.session().cashierName()),
                Columns.text("Business day", 110, s -> s.session().businessDate().toString()),
                Columns.figures("Cash", 90, s -> s.cash().format()),
                Columns.figures("Cheques", 90, s -> s.cheques().format()),
                Columns.figures("Money orders", 105, s -> s.moneyOrders().format()),
                Columns.figures("To bank", 95, s -> s.total().format()),
                Columns.text("Variance", 105, BankableSession::varianceText),
                Columns.text("Outcome", 200, s -> s.outcome().label())));
        sessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sessions.setPlaceholder(new Label("No closed drawers are waiting to be banked."));
        instruments.setPrefHeight(120);
        instruments.setAccessibleText("Cheques and money orders in this deposit");
        instruments.getColumns().setAll(List.of(Columns.text("Cheque / money order", 330, Instrument::describe),
                Columns.text("Receipt", 120, Instrument::receiptNo), Columns.figures("Amount", 100, i -> i.amount().format())));
        instruments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        instruments.setPlaceholder(new Label("No cheques or money orders."));
        cash.setHgap(18);
        cash.setVgap(2);
        total.setId("depositTotal");
        total.getStyleClass().add("count-total");
        total.setWrapText(true);
        FormGrid form = new FormGrid();
        var e = model.errors();
        reference = form.field("reference", "Bag or slip number", new TextField(), e);
        reference.textProperty().bindBidirectional(bank.reference);
        TextField checker = form.field("Checker's staff number", new TextField(), e.of("staffNumber"));
        checker.setId("checkerNumber");
        checker.textProperty().bindBidirectional(bank.checkerNumber);
        PasswordField pin = form.field("Checker's PIN", new PasswordField(), e.of("pin"));
        pin.setId("checkerPin");
        pin.textProperty().bindBidirectional(bank.checkerPin);
        e.focusOnRefusal("staffNumber", checker);
        e.focusOnRefusal("pin", pin);
        Button go = form.wide(new Button("Bank it and print the deposit advice"));
        go.setId("bankIt");
        go.getStyleClass().add("accent");
        go.setOnAction(ev -> model.bankDrawers());
        form.enterMovesDown(go::fire);
        Forms.onEnter(go, go::fire);
        Label who = new Label(bank.whoBanks());
        who.setId("whoBanks");
        who.setWrapText(true);
        who.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox formCard = new VBox(6, who, form);
        formCard.getStyleClass().add("card");
        formCard.getStyleClass().add("bank-form-card");
        Label cashTitle = new Label("Notes and coins to bank");
        cashTitle.getStyleClass().add("field-label");
        VBox instrumentsBox = new VBox(6, instruments);
        // The cheque list takes the width there is, so larger text widens its columns instead of cutting them.
        HBox.setHgrow(instrumentsBox, javafx.scene.layout.Priority.ALWAYS);
        HBox middle = new HBox(24, new VBox(6, cashTitle, cash), instrumentsBox);
        scope = scopeChoice(bank);
        getChildren().addAll(title, scope, blockers, stillOpen, sessions, middle, total, formCard);
        bank.candidates().addListener((o, a, c) -> show(c));
    }

    /** "This counter / Whole site": shown only on a site of several terminals; this counter until changed. */
    private static HBox scopeChoice(BankDrawersModel bank) {
        ToggleGroup group = new ToggleGroup();
        RadioButton counter = new RadioButton("This counter");
        counter.setId("bankThisCounter");
        RadioButton site = new RadioButton("Whole site");
        site.setId("bankWholeSite");
        counter.setToggleGroup(group);
        site.setToggleGroup(group);
        counter.setSelected(bank.scope.get() == Banking.Scope.TERMINAL);
        site.setSelected(!counter.isSelected());
        counter.setAccessibleText("Bank this counter's drawers");
        site.setAccessibleText("Bank the drawers of every counter on the site");
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                bank.scope.set(b == site ? Banking.Scope.SITE : Banking.Scope.TERMINAL);
            }
        });
        Label label = new Label("Drawers to bank");
        label.getStyleClass().add("field-label");
        HBox box = new HBox(12, label, counter, site);
        box.setId("bankingScope");
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    private void show(Banking.Candidates c) {
        if (c == null) {
            return;
        }
        scope.setVisible(c.terminals() > 1);
        scope.setManaged(scope.isVisible());
        blockers.setText(String.join("\n", c.awaitingDecision().stream().map(s -> "Drawer " + s.drawerCode() + " of "
                + s.cashierName() + " waits for a supervisor's decision on its close: it holds the banking up.").toList()));
        blockers.setVisible(!c.awaitingDecision().isEmpty());
        blockers.setManaged(blockers.isVisible());
        stillOpen.setText(c.stillOpen().isEmpty() ? "" : "Still open, so not in this deposit: " + String.join(", ",
                c.stillOpen().stream().map(s -> s.drawerCode() + " (" + s.cashierName() + ")").toList()) + ".");
        DepositPlan p = c.plan();
        sessions.getItems().setAll(c.drawers());
        instruments.getItems().setAll(p.instruments());
        cash.getChildren().clear();
        int row = 0;
        for (Denomination d : Denomination.values()) {
            if (p.cash().quantity(d) > 0) {
                cash.addRow(row++, new Label(d.label()), new Label("\u00d7 " + p.cash().quantity(d)),
                        new Label(p.cash().value(d).format()));
            }
        }
        cash.addRow(row, bold("Cash"), new Label(), bold(p.cash().total().format()));
        total.setText("Deposit total " + p.total().format() + "   (cash " + p.cash().total().format() + ", cheques "
                + p.cheques().format() + ", money orders " + p.moneyOrders().format() + ")   EFTPOS to reconcile "
                + p.eftpos().format());
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    void focus() {
        reference.requestFocus();
    }
}
