package org.counterdesk.banking.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
        close.setOnAction(e -> model.closeDay());
        Forms.onEnter(close, close::fire);
        Label warn = new Label("Closing is for good: no figure of a closed day can change. Later corrections (a "
                + "dishonoured cheque, a bank adjustment) are recorded on the day they happen.");
        warn.setWrapText(true);
        warn.getStyleClass().add("text-muted");
        Button again = new Button("Print the last day report again   Ctrl+P");
        again.setId("dayReportAgain");
        again.setOnAction(ev -> model.reprintDayReport());
        again.disableProperty().bind(model.day.lastClosure().isNull());
        getChildren().addAll(title, figures, warn, close, last, again);
        model.day.preview().addListener((o, a, f) -> show(f, model.day.lastClosure().get()));
        model.day.lastClosure().addListener((o, a, z) -> show(model.day.preview().get(), z));
    }

    private void show(DayFigures f, DayClosure lastClosure) {
        figures.getChildren().clear();
        close.setDisable(f == null);
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
