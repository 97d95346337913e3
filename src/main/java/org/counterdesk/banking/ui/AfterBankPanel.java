package org.counterdesk.banking.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.counterdesk.banking.BankAdjustment;
import org.counterdesk.banking.ChequeMatch;
import org.counterdesk.banking.Reconciliation;
import org.counterdesk.banking.Resolution;
import org.counterdesk.drawer.Variance;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/** Deposits against what the bank credited, the bank's adjustments, and dishonoured cheques. */
final class AfterBankPanel extends VBox {

    private final TableView<Reconciliation> deposits = new TableView<>();
    private final TextField search;

    AfterBankPanel(BankingViewModel model) {
        AfterBankModel after = model.after;
        var e = model.errors();
        setSpacing(12);
        Label title = new Label("After the bank");
        title.getStyleClass().add("title-3");
        deposits.setId("deposits");
        deposits.setAccessibleText("Deposits");
        deposits.setItems(after.deposits());
        deposits.setPrefHeight(160);
        deposits.getColumns().setAll(List.of(Columns.text("Deposit", 110, r -> r.deposit().depositNo()),
                Columns.text("Reference", 110, r -> r.deposit().reference()),
                Columns.text("Day", 100, r -> r.deposit().businessDate().toString()),
                Columns.figures("Expected", 100, r -> r.deposit().total().format()),
                Columns.figures("Credited", 100, r -> r.credited().format()),
                Columns.figures("Adjusted", 100, r -> r.adjusted().format()),
                Columns.text("State", 170, r -> r.reconciled() ? "Reconciled" : "Open: " + Variance.label(r.openDifference()))));
        deposits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deposits.setPlaceholder(new Label("Nothing has been banked yet."));
        after.deposit().bind(deposits.getSelectionModel().selectedItemProperty());

        FormGrid adjust = new FormGrid();
        adjust.field("credited", "Bank credited ($)", new TextField(), e).textProperty().bindBidirectional(after.credited);
        adjust.field("reason", "What the bank said", new TextField(), e).textProperty().bindBidirectional(after.reason);
        adjust.field("bankReference", "Bank reference", new TextField(), e).textProperty()
                .bindBidirectional(after.bankReference);
        Button record = adjust.wide(new Button("Record against the selected deposit"));
        record.setId("recordAdjustment");
        record.setOnAction(ev -> after.recordAdjustment(model.done()::set));
        adjust.enterMovesDown(record::fire);

        ListView<BankAdjustment> adjustments = new ListView<>(after.depositAdjustments());
        adjustments.setPrefHeight(80);
        adjustments.setAccessibleText("Adjustments to the chosen deposit");
        adjustments.setCellFactory(v -> new AdjustmentCell());
        FormGrid resolve = new FormGrid();
        ComboBox<Resolution> how = resolve.field("How it was resolved", new ComboBox<>(), null);
        how.getItems().setAll(Resolution.values());
        how.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Resolution r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Resolution fromString(String s) {
                return null;
            }
        });
        how.valueProperty().bindBidirectional(after.resolution());
        resolve.field("note", "Note", new TextField(), e).textProperty().bindBidirectional(after.resolutionNote);
        Button settle = resolve.wide(new Button("Resolve the selected adjustment"));
        settle.setOnAction(ev -> after.resolve(adjustments.getSelectionModel().getSelectedItem(), model.done()::set));
        resolve.enterMovesDown(settle::fire);

        FormGrid dishonour = new FormGrid();
        search = dishonour.field("Cheque or receipt number", new TextField(), e.of("search"));
        search.setId("chequeSearch");
        search.textProperty().bindBidirectional(after.search);
        Forms.onEnter(search, after::findCheque);
        ListView<ChequeMatch> matches = new ListView<>(after.cheques());
        matches.setId("chequeMatches");
        matches.setAccessibleText("Cheques found");
        matches.setPrefHeight(70);
        matches.setCellFactory(v -> new ChequeCell());
        after.cheque().bind(matches.getSelectionModel().selectedItemProperty());
        after.cheques().addListener((javafx.collections.ListChangeListener<ChequeMatch>) c -> {
            if (!after.cheques().isEmpty()) {
                matches.getSelectionModel().selectFirst();
            }
        });
        dishonour.wide(matches);
        dishonour.field("bankNotice", "Bank notice reference", new TextField(), e).textProperty()
                .bindBidirectional(after.bankNotice);
        TextField date = dishonour.field("noticeDate", "Notice date", new TextField(), e);
        date.textProperty().bindBidirectional(after.noticeDate);
        date.setPromptText("Today if blank (YYYY-MM-DD)");
        dishonour.field("bankFee", "Bank fee passed on ($)", new TextField(), e).textProperty()
                .bindBidirectional(after.bankFee);
        Button reverse = dishonour.wide(new Button("Record the dishonour and print the notice"));
        reverse.setId("recordDishonour");
        reverse.getStyleClass().add("danger");
        reverse.setOnAction(ev -> model.recordDishonour());
        dishonour.enterMovesDown(reverse::fire);
        Forms.onEnter(reverse, reverse::fire);

        VBox left = card("A bank adjustment", adjust, new Label("Adjustments of the selected deposit"), adjustments, resolve);
        VBox right = card("A dishonoured cheque", dishonour);
        Button again = new Button("Print the selected deposit advice again   Ctrl+P");
        again.setId("printAgain");
        again.setOnAction(ev -> model.reprintDepositAdvice());
        // Side by side where there is room; one under the other at large text.
        javafx.scene.layout.FlowPane cards = new javafx.scene.layout.FlowPane(16, 16, left, right);
        getChildren().addAll(title, deposits, again, cards);
    }

    private static VBox card(String title, javafx.scene.Node... content) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(content);
        box.getStyleClass().add("card");
        box.getStyleClass().add("after-bank-card");
        return box;
    }

    void focus() {
        deposits.requestFocus();
        deposits.getSelectionModel().selectFirst();
    }

    void focusDishonour() {
        search.requestFocus();
    }

    /** An adjustment in the list: difference, bank reference and whether it is resolved. */
    private static final class AdjustmentCell extends javafx.scene.control.ListCell<BankAdjustment> {
        @Override
        protected void updateItem(BankAdjustment a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : Variance.label(a.difference()) + "  " + a.bankReference() + "  \u00b7  "
                    + (a.resolution() == null ? "open" : a.resolution().label()));
        }
    }

    /** A cheque found for a dishonour, with a warning if it cannot be dishonoured. */
    private static final class ChequeCell extends javafx.scene.control.ListCell<ChequeMatch> {
        @Override
        protected void updateItem(ChequeMatch c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.describe() + (c.dishonouredBy() != null
                    ? "  (already dishonoured " + c.dishonouredBy() + ")" : c.banked() ? "" : "  (not banked yet)"));
        }
    }
}
