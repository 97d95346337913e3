package org.counterdesk.receipting.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.Forms;

/**
 * Today's receipts: type to search (number, reference, payer or cheque number), Enter to the
 * list, F5 prints a copy, F6 voids with a supervisor's staff number and PIN.
 */
public final class TodayReceiptsController extends KeyedScreen<TodayReceiptsViewModel> {

    @FXML private TextField search;
    @FXML private TableView<Receipt> table;
    @FXML private Button reprint;
    @FXML private Button voidButton;
    @FXML private Label status;
    @FXML private Label message;
    @FXML private VBox voidPanel;
    @FXML private Label voidTitle;
    @FXML private Label voidSummary;
    @FXML private FormGrid voidForm;
    @FXML private TextField reason;
    @FXML private Label reasonMessage;
    @FXML private TextField refundReference;
    @FXML private Label refundReferenceMessage;
    @FXML private TextField supervisorNumber;
    @FXML private Label staffNumberMessage;
    @FXML private PasswordField supervisorPin;
    @FXML private Label pinMessage;
    @FXML private Button confirmVoid;
    @FXML private Button cancelVoid;

    public TodayReceiptsController(TodayReceiptsViewModel model) {
        super(model, "today-receipts.fxml");
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.form().search());
        Forms.onEnter(search, () -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        columns();
        model.form().selected().bind(table.getSelectionModel().selectedItemProperty());
        reprint.setOnAction(e -> model.reprint());
        voidButton.setOnAction(e -> model.startVoid());
        showOutcome(status, model.shown().status(), message, model.shown().errors());
        bindVoidForm();
    }

    private void columns() {
        table.setItems(model.shown().receipts());
        var receiptNo = Columns.text("Receipt", 125, Receipt::receiptNo);
        var time = Columns.text("Time", 85, model::time);
        // The number and time stay whole when the void form narrows the list; the wordier columns give way.
        receiptNo.setMinWidth(125);
        time.setMinWidth(85);
        table.getColumns().setAll(List.of(receiptNo, time,
                Columns.wrapped("Cashier", 110, Receipt::cashierName),
                Columns.wrapped("Payer or\nreference", 160, TodayReceiptsViewModel::who),
                Columns.wrapped("Paid by", 100, Receipt::tenderSummary),
                Columns.figures("Total", 90, r -> r.total().format()),
                Columns.wrapped("Status", 100, TodayReceiptsViewModel::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No receipts today match."));
    }

    private void bindVoidForm() {
        voidForm.stackLabels();
        FormErrors e = model.shown().errors();
        bound(e, "reason", reason, reasonMessage, model.form().reason());
        bound(e, "refundReference", refundReference, refundReferenceMessage, model.form().refundReference());
        bound(e, "staffNumber", supervisorNumber, staffNumberMessage, model.form().supervisorNumber());
        bound(e, "pin", supervisorPin, pinMessage, model.form().supervisorPin());
        refundReference.disableProperty().bind(model.shown().refundNeeded().not());
        refundReference.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.shown().refundNeeded())
                .then("Refund it on the EFTPOS terminal first").otherwise("Not paid by EFTPOS"));
        voidTitle.textProperty().bind(model.shown().voidTitle());
        voidSummary.textProperty().bind(model.shown().voidSummary());
        confirmVoid.disableProperty().bind(model.shown().busy());
        confirmVoid.setOnAction(ev -> {
            String voided = model.shown().voiding().get() == null ? null : model.shown().voiding().get().receiptNo();
            model.confirmVoid(() -> reselect(voided));
        });
        cancelVoid.setOnAction(ev -> cancelVoid());
        // The refund reference is off unless EFTPOS was tendered: Enter goes on to the next field that takes input.
        Forms.onEnter(reason, () -> (refundReference.isDisabled() ? supervisorNumber : refundReference).requestFocus());
        Forms.enterMovesTo(refundReference, supervisorNumber);
        Forms.enterMovesTo(supervisorNumber, supervisorPin);
        Forms.onEnter(supervisorPin, confirmVoid::fire);
        showWhile(voidPanel, model.shown().voiding().isNotNull());
        model.shown().voiding().addListener((obs, old, r) -> {
            if (r != null) {
                Platform.runLater(reason::requestFocus);
            }
        });
    }

    /** Selects the receipt {@code receiptNo} again after the list was refreshed, and returns to the list. */
    private void reselect(String receiptNo) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).receiptNo().equals(receiptNo)) {
                table.getSelectionModel().select(i);
            }
        }
        table.requestFocus();
    }

    private void cancelVoid() {
        model.cancelVoid();
        table.requestFocus();
    }

    @Override
    protected void keys(KeyEvent e) {
        take(e, switch (e.getCode()) {
            case F5 -> model::reprint;
            case F6 -> model::startVoid;
            case ESCAPE -> model.shown().voiding().get() != null ? this::cancelVoid : null;
            case F -> e.isShortcutDown() ? search::requestFocus : null;
            default -> null;
        });
    }

    public void shown() {
        model.refresh();
        Platform.runLater(search::requestFocus);
    }
}
