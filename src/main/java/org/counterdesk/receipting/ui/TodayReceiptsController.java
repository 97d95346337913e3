package org.counterdesk.receipting.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;

/**
 * Today's receipts: type to search (number, reference, payer or cheque number), Enter to the
 * list, F5 prints a copy, F6 voids with a supervisor's staff number and PIN.
 */
public final class TodayReceiptsController {

    private final TodayReceiptsViewModel model;
    private final Parent root;

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

    private TextField reason;
    private TextField refund;

    public TodayReceiptsController(TodayReceiptsViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "today-receipts.fxml");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.search());
        Forms.onEnter(search, () -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        table.setItems(model.receipts());
        var zone = model.counter().organisation().timeZone();
        var receiptNo = Columns.text("Receipt", 125, Receipt::receiptNo);
        var time = Columns.text("Time", 85, (Receipt r) -> Dates.time(r.postedAt(), zone));
        // The number and time stay whole when the void form narrows the list; the wordier columns give way.
        receiptNo.setMinWidth(125);
        time.setMinWidth(85);
        table.getColumns().setAll(List.of(receiptNo, time,
                Columns.wrapped("Cashier", 110, Receipt::cashierName),
                Columns.wrapped("Payer or\nreference", 160, TodayReceiptsController::who),
                Columns.wrapped("Paid by", 100, Receipt::tenderSummary),
                Columns.figures("Total", 90, r -> r.total().format()),
                Columns.wrapped("Status", 100, TodayReceiptsController::state)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No receipts today match."));
        model.selected().bind(table.getSelectionModel().selectedItemProperty());
        reprint.setOnAction(e -> model.reprint());
        voidButton.setOnAction(e -> model.startVoid());
        status.textProperty().bind(model.status());
        Forms.showMessage(message, model.errors().general());
        buildVoidForm();
    }

    private void buildVoidForm() {
        var e = model.errors();
        // Labels above the fields: the panel is narrow beside the list, and the fields get its whole width.
        voidForm.stackLabels();
        reason = voidForm.field("Reason", new TextField(), e.of("reason"));
        reason.setId("reason");
        reason.textProperty().bindBidirectional(model.reason);
        refund = voidForm.field("EFTPOS refund reference", new TextField(), e.of("refundReference"));
        refund.setId("refundReference");
        refund.textProperty().bindBidirectional(model.refundReference);
        Label approval = voidForm.wide(new Label("Supervisor approval (a different person from the cashier)"));
        approval.getStyleClass().add("field-label");
        approval.setWrapText(true);
        TextField number = voidForm.field("Supervisor staff number", new TextField(), e.of("staffNumber"));
        number.setId("supervisorNumber");
        number.textProperty().bindBidirectional(model.supervisorNumber);
        PasswordField pin = voidForm.field("Supervisor PIN", new PasswordField(), e.of("pin"));
        pin.setId("supervisorPin");
        pin.textProperty().bindBidirectional(model.supervisorPin);
        Button confirm = voidForm.wide(new Button("Void receipt"));
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(model.background().busy());
        confirm.setOnAction(ev -> {
            String voided = model.voiding().get() == null ? null : model.voiding().get().receiptNo();
            model.confirmVoid(() -> reselect(voided));
        });
        Button cancel = voidForm.wide(new Button("Cancel   Esc"));
        cancel.setOnAction(ev -> cancelVoid());
        // The refund reference is off unless EFTPOS was tendered: Enter goes on to the next field that takes input.
        Forms.onEnter(reason, () -> (refund.isDisabled() ? number : refund).requestFocus());
        Forms.enterMovesTo(refund, number);
        Forms.enterMovesTo(number, pin);
        Forms.onEnter(pin, confirm::fire);
        e.focusOnRefusal("reason", reason);
        e.focusOnRefusal("refundReference", refund);
        e.focusOnRefusal("staffNumber", number);
        e.focusOnRefusal("pin", pin);
        voidPanel.visibleProperty().bind(model.voiding().isNotNull());
        voidPanel.managedProperty().bind(voidPanel.visibleProperty());
        model.voiding().addListener((obs, old, r) -> showVoid(r));
    }

    private void showVoid(Receipt r) {
        if (r == null) {
            return;
        }
        voidTitle.setText("Void receipt " + r.receiptNo());
        voidSummary.setText(r.total().format() + " paid by " + r.tenderSummary() + ", to " + who(r)
                + ". The receipt stays on record; the void reverses it whole.");
        refund.setDisable(!r.hasEftpos());
        refund.setPromptText(r.hasEftpos() ? "Refund it on the EFTPOS terminal first" : "Not paid by EFTPOS");
        Platform.runLater(reason::requestFocus);
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

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            model.reprint();
        } else if (e.getCode() == KeyCode.F6) {
            model.startVoid();
        } else if (e.getCode() == KeyCode.ESCAPE && model.voiding().get() != null) {
            cancelVoid();
        } else if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
            search.requestFocus();
        } else {
            return;
        }
        e.consume();
    }

    private static String who(Receipt r) {
        if (r.payerName() != null) {
            return r.payerName();
        }
        return r.lines().stream().filter(l -> l.reference() != null).map(l -> l.feeCode() + " " + l.reference())
                .findFirst().orElse(r.lines().isEmpty() ? "" : r.lines().get(0).description());
    }

    private static String state(Receipt r) {
        if (r.isVoided()) {
            return "VOID " + r.voided().get().voidNo();
        }
        return r.mailBatchNo() != null ? "Mail " + r.mailBatchNo() : "";
    }

    public Parent root() {
        return root;
    }

    public void shown() {
        model.refresh();
        Platform.runLater(search::requestFocus);
    }
}
