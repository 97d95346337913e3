package org.counterdesk.drawer.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.counterdesk.drawer.ui.CashOutModel.Mode;
import org.counterdesk.drawer.ui.DrawerViewModel.Panel;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.ui.ListReads;

/**
 * The drawer screen (F11): one panel at a time, as the session calls for. In an open session
 * F5–F8 pick petty cash, drop, top-up or no sale, Ctrl+P prints the mid-shift report, F12
 * starts the close; on the count F12 submits it. An open drawer's screen opens on closing it
 * (Enter), with no cash form open until F5–F8 asks for one; Esc goes back a step.
 */
public final class DrawerController extends FxmlPanel<DrawerViewModel> {

    private final OpenDrawerPanel openPanel = new OpenDrawerPanel(model);
    private final SessionPanel sessionPanel = new SessionPanel(model);
    private final ClosingCountPanel countPanel = new ClosingCountPanel(model);
    private final BalancePanel balancePanel = new BalancePanel(model);

    @FXML private StackPane panels;
    @FXML private Label done;
    @FXML private Label message;
    @FXML private ProgressIndicator working;

    public DrawerController(DrawerViewModel model) {
        super(model, "drawer.fxml");
        Forms.keepFocusInView((ScrollPane) root());
    }

    @FXML
    private void initialize() {
        panels.getChildren().setAll(openPanel.root(), sessionPanel.root(), countPanel.root(), balancePanel.root());
        showOutcome(done, model.shown().done(), message, model.shared().errors());
        showWhile(working, model.shared().background().busy());
        model.shown().panel().addListener((o, a, p) -> show(p));
        show(model.shown().panel().get());
    }

    private void show(Panel p) {
        openPanel.setShown(p == Panel.OPEN_DRAWER);
        sessionPanel.setShown(p == Panel.IN_SESSION);
        countPanel.setShown(p == Panel.CLOSING_COUNT);
        balancePanel.setShown(p == Panel.RESULT);
        Platform.runLater(() -> {
            switch (p) {
                case OPEN_DRAWER -> openPanel.focus();
                case IN_SESSION -> sessionPanel.home();
                case CLOSING_COUNT -> countPanel.focus();
                case RESULT -> balancePanel.focus();
            }
        });
    }

    @Override
    protected void keys(KeyEvent e) {
        Panel p = model.shown().panel().get();
        Mode mode = switch (e.getCode()) {
            case F5 -> Mode.PETTY_CASH;
            case F6 -> Mode.DROP;
            case F7 -> Mode.TOP_UP;
            case F8 -> Mode.NO_SALE;
            default -> null;
        };
        if (p == Panel.IN_SESSION && mode != null) {
            sessionPanel.select(mode);
        } else if (p == Panel.IN_SESSION && e.getCode() == KeyCode.F12) {
            model.startClose();
        } else if (p == Panel.IN_SESSION && e.getCode() == KeyCode.P && e.isShortcutDown()) {
            model.printMidShift();
        } else if (p == Panel.IN_SESSION && e.getCode() == KeyCode.ESCAPE && model.cashOut().mode().get() != null) {
            sessionPanel.home();
        } else if (p == Panel.CLOSING_COUNT && e.getCode() == KeyCode.F12) {
            model.submitCount();
        } else if (p == Panel.CLOSING_COUNT && e.getCode() == KeyCode.ESCAPE) {
            if (!model.backToSession()) {
                return;
            }
        } else {
            return;
        }
        e.consume();
    }

    public void shown() {
        model.refresh();
        show(model.shown().panel().get());
        ListReads.afterReads(() -> show(model.shown().panel().get())); // the cursor goes where the session, as read, calls for
    }
}
