package org.counterdesk.banking.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.counterdesk.banking.ui.BankingViewModel.Part;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.ui.ListReads;

/**
 * The banking screen (Alt+B): F5 banks the closed drawers, F6 closes the business day, F7 is
 * what comes after the bank (adjustments, reconciliation, dishonoured cheques).
 */
public final class BankingController extends FxmlPanel<BankingViewModel> {

    private final BankPanel bankPanel = new BankPanel(model);
    private final CloseDayPanel dayPanel = new CloseDayPanel(model);
    private final AfterBankPanel afterPanel = new AfterBankPanel(model);
    private final ToggleGroup parts = new ToggleGroup();

    @FXML private HBox tabs;
    @FXML private StackPane panels;
    @FXML private Label done;
    @FXML private Label message;
    @FXML private ProgressIndicator working;

    public BankingController(BankingViewModel model) {
        super(model, "banking.fxml");
        Forms.keepFocusInView((ScrollPane) root());
    }

    @FXML
    private void initialize() {
        panels.getChildren().setAll(bankPanel.root(), dayPanel.root(), afterPanel.root());
        tab("Bank the drawers   F5", Part.BANK);
        tab("Close the day   F6", Part.CLOSE_DAY);
        tab("After the bank   F7", Part.AFTER);
        showOutcome(done, model.shown().done(), message, model.shared().errors());
        showWhile(working, model.shared().background().busy());
        model.shown().part().addListener((o, a, p) -> show(p));
        model.shown().banked().addListener((o, a, n) -> {
            // The cursor leaves the emptied PIN field, and the top, where the result is said, comes into view.
            root().requestFocus();
            ((ScrollPane) root()).setVvalue(0);
        });
        show(Part.BANK);
    }

    private void tab(String label, Part part) {
        ToggleButton b = new ToggleButton(label);
        b.setToggleGroup(parts);
        b.setUserData(part);
        b.setFocusTraversable(false);
        b.getStyleClass().add("tab-toggle");
        b.setOnAction(e -> model.shown().part().set(part));
        tabs.getChildren().add(b);
    }

    private void show(Part p) {
        bankPanel.setShown(p == Part.BANK);
        dayPanel.setShown(p == Part.CLOSE_DAY);
        afterPanel.setShown(p == Part.AFTER);
        parts.getToggles().forEach(t -> t.setSelected(t.getUserData() == p));
        focus(p);
        // Again once the panel has been laid out, in case it was not yet in the scene.
        Platform.runLater(() -> focus(p));
    }

    private void focus(Part p) {
        if (panels.getScene() == null) {
            return; // not loaded yet, or not yet in a window
        }
        switch (p) {
            case BANK -> bankPanel.focus();
            case CLOSE_DAY -> dayPanel.focus();
            case AFTER -> afterPanel.focus();
        }
        Node owner = panels.getScene().getFocusOwner();
        if (owner == null || owner.isDisabled() || !inside(owner)) {
            // Nothing to type into (the day is closed, say): keep the screen's keys working.
            root().requestFocus();
        }
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.P && model.shown().part().get() != Part.BANK) {
            if (model.shown().part().get() == Part.AFTER) {
                model.reprintDepositAdvice();
            } else {
                model.reprintDayReport();
            }
            e.consume();
            return;
        }
        Part p = switch (e.getCode()) {
            case F5 -> Part.BANK;
            case F6 -> Part.CLOSE_DAY;
            case F7 -> Part.AFTER;
            default -> null;
        };
        if (p != null) {
            model.shown().part().set(p);
            show(p);
            e.consume();
        }
    }

    public void shown() {
        model.refresh();
        show(model.shown().part().get());
        ListReads.afterReads(() -> focus(model.shown().part().get())); // a list read just now may have what the cursor goes to
    }
}
