package org.counterdesk.drawer.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.counterdesk.drawer.ui.CashOutModel.Mode;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** An open drawer (session.fxml): what it holds so far, and the forms to move cash in and out. */
public final class SessionPanel extends FxmlPanel<DrawerViewModel> {

    private final Map<Mode, Tab> tabs = new EnumMap<>(Mode.class);

    /** A mode's tab button, the card it opens, and where the cursor goes in it. */
    private record Tab(ToggleButton button, Node card, Node firstField) {
    }

    @FXML private ToggleGroup modes;
    @FXML private Label sessionTitle;
    @FXML private Label sessionSummary;
    @FXML private Button closeDrawer;
    @FXML private Button midShiftReport;
    @FXML private ToggleButton pettyCashTab;
    @FXML private ToggleButton dropTab;
    @FXML private ToggleButton topUpTab;
    @FXML private ToggleButton noSaleTab;
    @FXML private VBox pettyCashCard;
    @FXML private VBox dropCard;
    @FXML private VBox topUpCard;
    @FXML private VBox noSaleCard;
    @FXML private FormGrid pettyCashForm;
    @FXML private DenominationGrid dropGrid;
    @FXML private FormGrid dropForm;
    @FXML private DenominationGrid topUpGrid;
    @FXML private FormGrid topUpForm;
    @FXML private FormGrid noSaleForm;

    SessionPanel(DrawerViewModel model) {
        super(model, "session.fxml");
    }

    @FXML
    private void initialize() {
        sessionTitle.textProperty().bind(model.shown().sessionTitle());
        sessionSummary.textProperty().bind(model.shown().sessionSummary());
        midShiftReport.setOnAction(e -> model.printMidShift());
        closeDrawer.setOnAction(e -> model.startClose());
        Forms.onEnter(closeDrawer, closeDrawer::fire);
        mode(Mode.PETTY_CASH, pettyCashTab, pettyCashCard, pettyCashForm());
        mode(Mode.DROP, dropTab, dropCard, cashForm(dropGrid, dropForm, "drop", "Record the drop"));
        mode(Mode.TOP_UP, topUpTab, topUpCard, cashForm(topUpGrid, topUpForm, "topup", "Record the top-up"));
        mode(Mode.NO_SALE, noSaleTab, noSaleCard, noSaleForm());
        model.cashOut().mode().addListener((o, a, m) -> show(m));
        show(null);
    }

    private void mode(Mode m, ToggleButton tab, Node card, Node firstField) {
        tab.setOnAction(e -> select(m));
        tabs.put(m, new Tab(tab, card, firstField));
    }

    /** What the cashier needs now: the drawer at a glance, the cursor on closing it, no form open. */
    void home() {
        model.cashOut().mode().set(null);
        show(null);
        Forms.focusInto(closeDrawer);
    }

    /** Shows the form for {@code m} and puts the cursor in its first field. */
    void select(Mode m) {
        model.cashOut().mode().set(m);
        show(m);
        Forms.focusInto(tabs.get(m).firstField());
    }

    private void show(Mode m) {
        tabs.forEach((k, t) -> {
            t.card().setVisible(k == m);
            t.card().setManaged(k == m);
        });
        if (m == null) {
            modes.selectToggle(null);
        } else {
            tabs.get(m).button().setSelected(true);
        }
    }

    private Node pettyCashForm() {
        FormGrid form = pettyCashForm;
        var e = model.shared().errors();
        var cash = model.cashOut();
        var typed = cash.form();
        TextField claimant = Forms.bound(form.field("claimant", "Claimant", new TextField(), e), typed.claimant());
        Forms.bound(form.field("purpose", "Purpose", new TextField(), e), typed.purpose());
        Forms.bound(form.field("glAccount", "GL account", new TextField(), e), typed.glAccount());
        Forms.bound(form.field("docketRef", "Docket reference", new TextField(), e), typed.docketRef());
        Forms.bound(form.field("amount", "Amount ($)", new TextField(), e), typed.amount())
                .setPromptText(cash.amountPrompt());
        ApprovalFields.add(form, typed.approval(), e, "petty", false, "Approving supervisor");
        formButton(form, "payPettyCash", "Pay petty cash",
                () -> cash.submit(model.shown().done()::set, m -> model.printVoucher(m.id()))).getStyleClass().add("accent");
        return claimant;
    }

    private Node cashForm(DenominationGrid grid, FormGrid approval, String prefix, String action) {
        var cash = model.cashOut();
        grid.bind(cash.form().pieces(), prefix, null);
        TextField witness = ApprovalFields.add(approval, cash.form().approval(), model.shared().errors(), prefix, false, "Witness");
        grid.whenDone(witness::requestFocus);
        formButton(approval, prefix + "Record", action, () -> cash.submit(model.shown().done()::set, m -> { }))
                .getStyleClass().add("accent");
        return grid;
    }

    private Node noSaleForm() {
        var cash = model.cashOut();
        TextField reason = Forms.bound(noSaleForm.field("reason", "Reason", new TextField(), model.shared().errors()),
                cash.form().reason());
        reason.setPromptText("Why the drawer is being opened without a sale");
        formButton(noSaleForm, "recordNoSale", "Record \u201cno sale\u201d", () -> cash.submit(model.shown().done()::set, m -> { }));
        return reason;
    }
}
