package org.counterdesk.visitors.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.counterdesk.frontdesk.ui.TextCell;
import org.counterdesk.ui.Forms;
import org.counterdesk.visitors.ExpectedVisit;

/** The list of visitors expected today: Enter signs the selected one in, Delete cancels their visit. */
final class ExpectedTodayList {

    private ExpectedTodayList() {
    }

    /** Sets up {@code expected}; {@code afterArrival} runs once a visitor is signed in from it. */
    static void build(ListView<ExpectedVisit> expected, VisitorsViewModel model, Runnable afterArrival) {
        expected.setItems(model.shown().expectedToday());
        expected.setCellFactory(v -> new TextCell<>(x -> x.name()
                + (x.organisation() == null ? "" : ", " + x.organisation()) + "  \u2192  " + x.host().describe()));
        expected.setPlaceholder(new Label("Nobody else is expected today."));
        Forms.onEnter(expected, () -> {
            ExpectedVisit x = expected.getSelectionModel().getSelectedItem();
            if (x != null) {
                model.arrive(x, afterArrival);
            }
        });
        expected.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.DELETE) {
                model.cancelExpected(expected.getSelectionModel().getSelectedItem());
                ev.consume();
            }
        });
    }
}
