package org.counterdesk.banking.ui;

import javafx.scene.control.Button;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.banking.DayFigures;
import org.counterdesk.money.Money;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.Forms;

/** Closing the business day: its figures, the grand total it moves to, and the button that closes it for good. */
final class CloseDayPanel extends VBox {

    private final Label title = new Label();
    private final GridPane figures = new GridPane();
    private final Label last = new Label();
    private final Button close = new Button("Close the day and print the day report");

    CloseDayPanel(BankingViewModel model) {
        setSpacing(10);
        title.getStyleClass().add("title-3");
        title.setId("closeDayTitle");
        figures.setHgap(24);
        figures.setVgap(3);
        last.getStyleClass().add("text-muted");
        last.setId("lastClosure");
        close.setId("closeDay");
        close.getStyleClass().add("accent");
        close.setOnAction(e -> model.day.ask());
        Forms.onEnter(close, close::fire);
        VBox confirm = confirmation(model);
        Label warn = new Label("Closing is for good: no figure of a closed day can change. Later corrections (a "
                + "dishonoured cheque, a bank adjustment) are recorded on the day they happen.");
        warn.setWrapText(true);
        warn.getStyleClass().add("text-muted");
        Button again = new Button("Print the last day report again   Ctrl+P");
        again.setId("dayReportAgain");
        again.setOnAction(ev -> model.reprintDayReport());
        again.disableProperty().bind(model.day.lastClosure().isNull());
        getChildren().addAll(title, figures, warn, close, confirm, last, again);
        model.day.preview().addListener((o, a, f) -> show(f, model.day.lastClosure().get()));
        model.day.lastClosure().addListener((o, a, z) -> show(model.day.preview().get(), z));
    }

    /**
     * The second step: a card asking to close the day for good, with the cursor on Cancel, so a
     * second Enter changes nothing; closing takes Tab to "Yes, close it" and Enter.
     */
    private VBox confirmation(BankingViewModel model) {
        Label question = new Label();
        question.setId("closeDayQuestion");
        question.setWrapText(true);
        question.getStyleClass().add("text-bold");
        question.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.day.preview().get() == null ? "" : "Close " + Dates.longDate(model.day.preview().get().date())
                        + " for good? Its figures can never change after this. Tab to \"Yes\" and press Enter to close it.",
                model.day.preview()));
        Button cancel = new Button("Cancel   Esc");
        cancel.setId("cancelCloseDay");
        cancel.setOnAction(e -> {
            model.day.cancel();
            close.requestFocus();
        });
        Button yes = new Button("Yes, close the day for good");
        yes.setId("confirmCloseDay");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> model.closeDay());
        Forms.onEnter(cancel, cancel::fire);
        Forms.onEnter(yes, yes::fire);
        VBox card = new VBox(10, question, new HBox(10, cancel, yes));
        card.getStyleClass().addAll("card", "confirm-card");
        card.visibleProperty().bind(model.day.confirming());
        card.managedProperty().bind(card.visibleProperty());
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.fire();
                e.consume();
            }
        });
        close.disableProperty().bind(model.day.confirming().or(model.day.preview().isNull()));
        model.day.confirming().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(cancel::requestFocus);
            }
        });
        return card;
    }

    private void show(DayFigures f, DayClosure lastClosure) {
        figures.getChildren().clear();
        Money previous = lastClosure == null ? Money.ZERO : lastClosure.grandTotal();
        last.setText(lastClosure == null ? "No day has been closed yet." : "Last closed: " + lastClosure.closureNo()
                + " for " + Dates.longDate(lastClosure.figures().date()) + ", grand total "
                + lastClosure.grandTotal().format() + ".");
        if (f == null) {
            title.setText("No business day is waiting to be closed");
            return;
        }
        title.setText("Close " + Dates.longDate(f.date()));
        int r = 0;
        r = row(r, "Receipts", f.receipts() + (f.firstReceiptNo() == null ? ""
                : "  (" + f.firstReceiptNo() + " to " + f.lastReceiptNo() + ")"));
        r = row(r, "Fees receipted", f.receipted().format());
        r = row(r, "Voids", f.voids() + "   " + f.voided().negate().format());
        r = row(r, "Dishonoured cheques", f.reversals() + "   " + f.reversed().negate().format());
        r = row(r, "This period", f.periodTotal().format());
        r = row(r, "GST included", f.gst().format());
        r = row(r, "Cash over/short", f.overShort().format());
        r = row(r, "Grand total before", previous.format());
        row(r, "Grand total after", previous.plus(f.periodTotal()).format());
    }

    private int row(int r, String label, String value) {
        Label l = new Label(label);
        Label v = new Label(value);
        v.getStyleClass().add("balance-figure");
        figures.addRow(r, l, v);
        return r + 1;
    }

    void focus() {
        close.requestFocus();
    }
}
