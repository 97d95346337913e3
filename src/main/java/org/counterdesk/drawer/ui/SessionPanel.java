package org.counterdesk.drawer.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.counterdesk.common.Counted;
import org.counterdesk.drawer.ui.CashOutModel.Mode;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/** An open drawer: what it holds so far, and the forms to move cash in and out. */
final class SessionPanel extends VBox {

    private final DrawerViewModel model;
    private final Map<Mode, Node> forms = new EnumMap<>(Mode.class);
    private final Map<Mode, Node> firstFields = new EnumMap<>(Mode.class);
    private final Map<Mode, ToggleButton> buttons = new EnumMap<>(Mode.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Button close = new Button("Close and count the drawer   F12");

    SessionPanel(DrawerViewModel model, java.time.ZoneId zone) {
        this.model = model;
        CashOutModel cash = model.cashOut;
        setSpacing(10);
        getStyleClass().add("drawer-panel");
        Label title = new Label();
        title.getStyleClass().add("title-3");
        Label summary = new Label();
        summary.setId("sessionSummary");
        summary.getStyleClass().add("text-muted");
        model.status().addListener((o, a, st) -> {
            if (st != null) {
                title.setText("Drawer " + st.session().drawerCode() + " is open");
                summary.setText("Opened " + Dates.time(st.session().openedAt(), zone) + " by " + st.session().cashierName()
                        + "  \u00b7  float " + st.figures().floatCounted().format() + "  \u00b7  "
                        + Counted.of(st.figures().receipts(), "receipt", "receipts") + " so far");
            }
        });
        Button report = new Button("Mid-shift report   Ctrl+P");
        report.setId("midShiftReport");
        report.setOnAction(e -> model.printMidShift());
        close.setId("closeDrawer");
        close.getStyleClass().add("accent");
        close.setOnAction(e -> model.startClose());
        Forms.onEnter(close, close::fire);
        Label next = new Label("Enter closes the drawer and starts its blind count (Esc there comes back here). "
                + "Cash in or out of the drawer: F5 petty cash, F6 cash drop, F7 float top-up, F8 no sale.");
        next.setId("sessionNext");
        next.setWrapText(true);
        next.getStyleClass().add("text-muted");
        HBox modes = new HBox(2);
        modes.getStyleClass().add("tab-bar");
        StackPane stack = new StackPane();
        stack.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        forms.put(Mode.PETTY_CASH, pettyCashForm(cash));
        forms.put(Mode.DROP, cashForm(cash, "drop", "Record the drop", "Witness"));
        forms.put(Mode.TOP_UP, cashForm(cash, "topup", "Record the top-up", "Witness"));
        forms.put(Mode.NO_SALE, noSaleForm(cash));
        for (Mode m : Mode.values()) {
            ToggleButton b = new ToggleButton(m.label);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.getStyleClass().add("tab-toggle");
            b.setOnAction(e -> select(m));
            buttons.put(m, b);
            modes.getChildren().add(b);
            stack.getChildren().add(forms.get(m));
        }
        cash.mode().addListener((o, a, m) -> show(m));
        show(null);
        modes.setMaxWidth(900);
        getChildren().addAll(title, summary, new HBox(10, close, report), next, modes, stack);
    }

    /** What the cashier needs now: the drawer at a glance, the cursor on closing it, no form open. */
    void home() {
        model.cashOut.mode().set(null);
        show(null);
        Forms.focusInto(close);
    }

    /** Shows the form for {@code m} and puts the cursor in its first field. */
    void select(Mode m) {
        model.cashOut.mode().set(m);
        show(m);
        Forms.focusInto(firstFields.get(m));
    }

    private void show(Mode m) {
        forms.forEach((k, f) -> {
            f.setVisible(k == m);
            f.setManaged(k == m);
        });
        if (m == null) {
            group.selectToggle(null);
        } else {
            buttons.get(m).setSelected(true);
        }
    }

    private Node pettyCashForm(CashOutModel cash) {
        FormGrid form = new FormGrid();
        var e = model.errors();
        TextField claimant = form.field("claimant", "Claimant", new TextField(), e);
        claimant.textProperty().bindBidirectional(cash.claimant);
        form.field("purpose", "Purpose", new TextField(), e).textProperty().bindBidirectional(cash.purpose);
        form.field("glAccount", "GL account", new TextField(), e).textProperty().bindBidirectional(cash.glAccount);
        form.field("docketRef", "Docket reference", new TextField(), e).textProperty().bindBidirectional(cash.docketRef);
        TextField amount = form.field("amount", "Amount ($)", new TextField(), e);
        amount.textProperty().bindBidirectional(cash.amount);
        amount.setPromptText("Limit " + cash.pettyCashLimit());
        ApprovalFields.add(form, cash.approval, e, "petty", false, "Approving supervisor");
        Button pay = form.wide(new Button("Pay petty cash"));
        pay.setId("payPettyCash");
        pay.getStyleClass().add("accent");
        pay.setOnAction(ev -> cash.submit(model.done()::set, m -> model.printVoucher(m.id())));
        form.enterMovesDown(pay::fire);
        firstFields.put(Mode.PETTY_CASH, claimant);
        return framed(form);
    }

    private Node cashForm(CashOutModel cash, String prefix, String action, String who) {
        DenominationGrid grid = new DenominationGrid(cash.pieces, prefix, null, null);
        FormGrid approval = new FormGrid();
        approval.setMinWidth(380);
        TextField witness = ApprovalFields.add(approval, cash.approval, model.errors(), prefix, false, who);
        grid.whenDone(witness::requestFocus);
        Button record = approval.wide(new Button(action));
        record.setId(prefix + "Record");
        record.getStyleClass().add("accent");
        record.setOnAction(ev -> cash.submit(model.done()::set, m -> { }));
        approval.enterMovesDown(record::fire);
        firstFields.put(prefix.equals("drop") ? Mode.DROP : Mode.TOP_UP, grid);
        return framed(new HBox(24, grid, approval));
    }

    private Node noSaleForm(CashOutModel cash) {
        FormGrid form = new FormGrid();
        TextField reason = form.field("reason", "Reason", new TextField(), model.errors());
        reason.textProperty().bindBidirectional(cash.reason);
        reason.setPromptText("Why the drawer is being opened without a sale");
        Button record = form.wide(new Button("Record \u201cno sale\u201d"));
        record.setId("recordNoSale");
        record.setOnAction(ev -> cash.submit(model.done()::set, m -> { }));
        form.enterMovesDown(record::fire);
        firstFields.put(Mode.NO_SALE, reason);
        return framed(form);
    }

    private static Node framed(Node content) {
        VBox box = new VBox(content);
        box.getStyleClass().add("card");
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setMaxWidth(900);
        return box;
    }
}
