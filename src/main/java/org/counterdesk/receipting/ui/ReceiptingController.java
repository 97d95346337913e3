package org.counterdesk.receipting.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.fees.Fee;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.Tender;
import org.counterdesk.money.TenderKind;
import org.counterdesk.ui.Forms;

/**
 * The receipting screen. Keys, in the order a cashier works: fee code or words, Enter;
 * reference, Enter; quantity and amount where the fee asks; Enter adds the line. Enter on an
 * empty fee field goes to the cash tender; F5–F8 pick a tender; F12 or Ctrl+Enter posts; Esc
 * stops waiting for a site server that cannot be reached (the draft stays).
 */
public final class ReceiptingController extends KeyedScreen<ReceiptingViewModel> {

    private static final KeyCombination POST_ALT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.CONTROL_DOWN);
    private static final KeyCombination NEW_RECEIPT = new KeyCodeCombination(KeyCode.N, KeyCombination.CONTROL_DOWN);

    private TenderPanelController tenderPanel;

    @FXML private HBox mailBanner;
    @FXML private Label mailText;
    @FXML private Button leaveMail;
    @FXML private TextField feeQuery;
    @FXML private Label feeMessage;
    @FXML private ListView<Fee> matches;
    @FXML private Label chosenFee;
    @FXML private Label referenceLabel;
    @FXML private TextField reference;
    @FXML private Label referenceMessage;
    @FXML private TextField quantity;
    @FXML private Label quantityMessage;
    @FXML private TextField amount;
    @FXML private Label amountMessage;
    @FXML private Button addLine;
    @FXML private TableView<DraftLine> lineTable;
    @FXML private TextField payerName;
    @FXML private TextField payerAbn;
    @FXML private Label payerMessage;
    @FXML private VBox tenderBox;
    @FXML private Label tenderMessage;
    @FXML private ListView<Tender> tenderList;
    @FXML private Button post;
    @FXML private ProgressIndicator working;
    @FXML private Label generalMessage;
    @FXML private Label total;
    @FXML private Label gst;
    @FXML private Label toPay;
    @FXML private Label cashPrice;
    @FXML private Label rounding;
    @FXML private Label change;
    @FXML private VBox lastPostedBox;
    @FXML private Label lastPosted;
    @FXML private Label lastPostedDetail;

    public ReceiptingController(ReceiptingViewModel model) {
        super(model, "receipting.fxml");
    }

    @FXML
    private void initialize() {
        LineEntry line = model.form().line();
        feeQuery.textProperty().bindBidirectional(line.fields().query());
        reference.textProperty().bindBidirectional(line.fields().reference());
        quantity.textProperty().bindBidirectional(line.fields().quantity());
        amount.textProperty().bindBidirectional(line.fields().amount());
        payerName.textProperty().bindBidirectional(model.form().payerName());
        payerAbn.textProperty().bindBidirectional(model.form().payerAbn());
        var e = model.shown().errors();
        Forms.showMessage(feeMessage, e.of("fee"), feeQuery);
        Forms.showMessage(referenceMessage, e.of("reference"), reference);
        Forms.showMessage(quantityMessage, e.of("quantity"), quantity);
        Forms.showMessage(amountMessage, e.of("amount"), amount);
        Forms.showMessage(payerMessage, Bindings.concat(e.of("payerName"), e.of("payerAbn")), payerName, payerAbn);
        Forms.showMessage(tenderMessage, e.of("tender"));
        Forms.showMessage(generalMessage, e.general());
        e.focusOnRefusal("fee", feeQuery);
        e.focusOnRefusal("reference", reference);
        e.focusOnRefusal("quantity", quantity);
        e.focusOnRefusal("amount", amount);
        e.focusOnRefusal("payerName", payerName);
        e.focusOnRefusal("payerAbn", payerAbn);
        matches.setItems(line.fields().matches());
        matches.setCellFactory(v -> new FeeCell());
        matches.setFocusTraversable(false);
        matches.setFixedCellSize(28);
        line.fields().fee().addListener((obs, old, fee) -> showFee(fee));
        showFee(null);
        lineTable.setItems(model.shown().lines());
        LineColumns.install(lineTable);
        tenderList.setItems(model.shown().tenders());
        tenderList.setCellFactory(v -> new TenderCell());
        tenderList.setFixedCellSize(26);
        tenderPanel = new TenderPanelController(model, this::afterTender);
        tenderBox.getChildren().add(0, tenderPanel.root());
        post.setOnAction(ev -> post());
        post.disableProperty().bind(model.shown().busy());
        showWhile(working, model.shown().busy());
        bindTotals(model.totals());
        bindMailBanner();
        fieldKeys();
    }

    private void fieldKeys() {
        LineEntry line = model.form().line();
        feeQuery.addEventFilter(KeyEvent.KEY_PRESSED, this::moveInMatches);
        Forms.onEnter(feeQuery, this::feeEntered);
        Forms.onEnter(reference, () -> {
            if (line.checkReference()) {
                afterReference();
            }
        });
        Forms.onEnter(quantity, () -> {
            if (line.checkQuantity()) {
                afterQuantity();
            }
        });
        Forms.onEnter(amount, this::add);
        Forms.onEnter(addLine, this::add);
        addLine.setOnAction(ev -> add());
        Forms.enterMovesTo(payerName, payerAbn);
        Forms.onEnter(payerAbn, () -> {
            if (model.checkPayerAbn()) {
                tenderPanel.select(TenderKind.CASH);
            }
        });
        payerAbn.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.checkPayerAbn();
            }
        });
        Forms.onEnter(post, this::post);
        matches.setOnMouseClicked(ev -> {
            if (ev.getClickCount() == 2 && matches.getSelectionModel().getSelectedItem() != null) {
                choose(matches.getSelectionModel().getSelectedItem());
            }
        });
        lineTable.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.DELETE) {
                model.removeLine(lineTable.getSelectionModel().getSelectedIndex());
            }
        });
        tenderList.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.DELETE) {
                model.removeTender(tenderList.getSelectionModel().getSelectedIndex());
            }
        });
    }

    @Override
    protected void keys(KeyEvent ev) {
        TenderKind kind = switch (ev.getCode()) {
            case F5 -> TenderKind.CASH;
            case F6 -> TenderKind.EFTPOS;
            case F7 -> TenderKind.CHEQUE;
            case F8 -> TenderKind.MONEY_ORDER;
            default -> null;
        };
        if (kind != null) {
            tenderPanel.select(kind);
        } else if (ev.getCode() == KeyCode.F12 || POST_ALT.match(ev)) {
            post();
        } else if (NEW_RECEIPT.match(ev)) {
            model.clear();
            feeQuery.requestFocus();
        } else if (ev.getCode() == KeyCode.ESCAPE && model.stopWaiting()) {
            feeQuery.requestFocus();
        } else if (ev.getCode() == KeyCode.ESCAPE && isLineField(ev)) {
            model.form().line().clear();
            feeQuery.requestFocus();
        } else {
            return;
        }
        ev.consume();
    }

    private boolean isLineField(KeyEvent ev) {
        return ev.getTarget() == feeQuery || ev.getTarget() == reference || ev.getTarget() == quantity
                || ev.getTarget() == amount;
    }

    private void moveInMatches(KeyEvent ev) {
        var selection = matches.getSelectionModel();
        if (ev.getCode() == KeyCode.DOWN) {
            selection.select(Math.min(selection.getSelectedIndex() + 1, matches.getItems().size() - 1));
        } else if (ev.getCode() == KeyCode.UP) {
            selection.select(Math.max(selection.getSelectedIndex() - 1, 0));
        } else {
            return;
        }
        matches.scrollTo(selection.getSelectedIndex());
        ev.consume();
    }

    private void feeEntered() {
        Fee picked = matches.getSelectionModel().getSelectedItem();
        if (picked != null && !feeQuery.getText().isBlank()) {
            choose(picked);
        } else if (feeQuery.getText().isBlank() && !model.shown().lines().isEmpty()) {
            tenderPanel.select(TenderKind.CASH);
        } else {
            model.form().line().best().ifPresentOrElse(this::choose, model.form().line()::refuseQuery);
        }
    }

    private void choose(Fee fee) {
        model.form().line().choose(fee);
        matches.getSelectionModel().clearSelection();
        if (fee.reference() != null) {
            reference.requestFocus();
        } else {
            afterReference();
        }
    }

    private void afterReference() {
        Fee fee = model.form().line().fields().fee().get();
        if (fee.perUnit()) {
            quantity.requestFocus();
            quantity.selectAll();
        } else {
            afterQuantity();
        }
    }

    private void afterQuantity() {
        if (model.form().line().fields().fee().get().isFixed()) {
            add();
        } else {
            amount.requestFocus();
            amount.selectAll();
        }
    }

    private void add() {
        if (model.addLine()) {
            feeQuery.requestFocus();
        }
    }

    private void afterTender() {
        if (model.shown().settlement().get().settled()) {
            post.requestFocus();
        }
    }

    private void post() {
        if (!model.shown().busy().get()) {
            model.post(() -> feeQuery.requestFocus());
        }
    }

    private void showFee(Fee fee) {
        chosenFee.setText(fee == null ? "Choose a fee: type its code or words from its description, then Enter."
                : FeeCell.describe(fee));
        boolean hasReference = fee != null && fee.reference() != null;
        referenceLabel.setText(hasReference ? fee.reference().label() + (fee.reference().required() ? "" : " (optional)")
                : "Reference");
        reference.setDisable(!hasReference);
        quantity.setDisable(fee == null || !fee.perUnit());
        amount.setDisable(fee == null || fee.isFixed());
    }

    private void bindTotals(TotalsViewModel totals) {
        total.textProperty().bind(totals.total());
        gst.textProperty().bind(totals.gst());
        toPay.textProperty().bind(totals.toPay());
        showWhenSet(cashPrice, totals.cashPrice());
        showWhenSet(rounding, totals.rounding());
        change.textProperty().bind(totals.change());
        showWhile(lastPostedBox, totals.lastPostedShown());
        lastPosted.textProperty().bind(totals.lastPostedHeadline());
        lastPostedDetail.textProperty().bind(totals.lastPostedDetail());
    }

    private static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        showWhile(label, label.textProperty().isNotEmpty());
    }

    private void bindMailBanner() {
        showWhile(mailBanner, model.form().mailBatch().isNotNull());
        leaveMail.setOnAction(e -> {
            model.form().mailBatch().set(null);
            feeQuery.requestFocus();
        });
        mailText.textProperty().bind(Bindings.createStringBinding(() -> MailText.banner(model.form().mailBatch().get()),
                model.form().mailBatch()));
    }

    /** Called each time the screen is shown. */
    public void shown() {
        model.refreshFees();
        Platform.runLater(feeQuery::requestFocus);
    }
}
