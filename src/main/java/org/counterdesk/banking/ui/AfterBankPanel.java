package org.counterdesk.banking.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.counterdesk.banking.BankAdjustment;
import org.counterdesk.banking.ChequeMatch;
import org.counterdesk.banking.Reconciliation;
import org.counterdesk.banking.Resolution;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** Deposits against what the bank credited, the bank's adjustments, and dishonoured cheques (after-bank.fxml). */
public final class AfterBankPanel extends FxmlPanel<BankingViewModel> {

    @FXML private TableView<Reconciliation> deposits;
    @FXML private Button printAgain;
    @FXML private FormGrid adjustForm;
    @FXML private ListView<BankAdjustment> adjustments;
    @FXML private FormGrid resolveForm;
    @FXML private ListView<ChequeMatch> chequeMatches;
    @FXML private FormGrid dishonourForm;

    AfterBankPanel(BankingViewModel model) {
        super(model, "after-bank.fxml");
    }

    @FXML
    private void initialize() {
        var after = model.after();
        deposits.setItems(after.lists().deposits());
        deposits.getColumns().setAll(List.of(Columns.text("Deposit", 110, r -> r.deposit().depositNo()),
                Columns.text("Reference", 110, r -> r.deposit().reference()),
                Columns.text("Day", 100, r -> r.deposit().businessDate().toString()),
                Columns.figures("Expected", 100, r -> r.deposit().total().format()),
                Columns.figures("Credited", 100, r -> r.credited().format()),
                Columns.figures("Adjusted", 100, r -> r.adjusted().format()),
                Columns.text("State", 170, AfterBankModel::state)));
        deposits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        after.form().deposit().bind(deposits.getSelectionModel().selectedItemProperty());
        printAgain.setOnAction(ev -> model.reprintDepositAdvice());
        adjustmentForms();
        dishonourForm();
    }

    private void adjustmentForms() {
        var after = model.after();
        var e = model.shared().errors();
        var f = after.form();
        Forms.bound(adjustForm.field("credited", "Bank credited ($)", new TextField(), e), f.credited());
        Forms.bound(adjustForm.field("reason", "What the bank said", new TextField(), e), f.reason());
        Forms.bound(adjustForm.field("bankReference", "Bank reference", new TextField(), e), f.bankReference());
        formButton(adjustForm, "recordAdjustment", "Record against the selected deposit",
                () -> after.recordAdjustment(model.shown().done()::set));

        adjustments.setItems(after.lists().depositAdjustments());
        adjustments.setCellFactory(v -> cell(AfterBankModel::describeAdjustment));
        ComboBox<Resolution> how = resolveForm.field("How it was resolved", new ComboBox<>(), null);
        how.getItems().setAll(Resolution.values());
        how.setConverter(new StringConverter<>() {
            @Override
            public String toString(Resolution r) {
                return r == null ? "" : r.label();
            }

            @Override
            public Resolution fromString(String s) {
                return null;
            }
        });
        how.valueProperty().bindBidirectional(f.resolution());
        Forms.bound(resolveForm.field("note", "Note", new TextField(), e), f.resolutionNote());
        formButton(resolveForm, "resolveAdjustment", "Resolve the selected adjustment",
                () -> after.resolve(adjustments.getSelectionModel().getSelectedItem(), model.shown().done()::set));
    }

    private void dishonourForm() {
        var after = model.after();
        var e = model.shared().errors();
        var f = after.form();
        var found = after.lists().cheques();
        TextField search = Forms.bound(dishonourForm.field("Cheque or receipt number", new TextField(), e.of("search")),
                f.search());
        search.setId("chequeSearch");
        Forms.onEnter(search, after::findCheque);
        chequeMatches.setItems(found);
        chequeMatches.setCellFactory(v -> cell(AfterBankModel::describeCheque));
        f.cheque().bind(chequeMatches.getSelectionModel().selectedItemProperty());
        found.addListener((ListChangeListener<ChequeMatch>) c -> {
            if (!found.isEmpty()) {
                chequeMatches.getSelectionModel().selectFirst();
            }
        });
        dishonourForm.wide(chequeMatches);
        Forms.bound(dishonourForm.field("bankNotice", "Bank notice reference", new TextField(), e), f.bankNotice());
        TextField date = Forms.bound(dishonourForm.field("noticeDate", "Notice date", new TextField(), e),
                f.noticeDate());
        date.setPromptText("Today if blank (YYYY-MM-DD)");
        Forms.bound(dishonourForm.field("bankFee", "Bank fee passed on ($)", new TextField(), e), f.bankFee());
        Button reverse = formButton(dishonourForm, "recordDishonour", "Record the dishonour and print the notice",
                model::recordDishonour);
        reverse.getStyleClass().add("danger");
        Forms.onEnter(reverse, reverse::fire);
    }

    /** A list cell showing each item as {@code text} says. */
    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    void focus() {
        deposits.requestFocus();
        deposits.getSelectionModel().selectFirst();
    }
}
