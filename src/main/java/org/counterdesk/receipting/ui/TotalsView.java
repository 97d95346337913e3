package org.counterdesk.receipting.ui;

import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Settlement;

/** Binds the big figures: total, GST, still to pay, rounding, change, and the last receipt posted. */
final class TotalsView {

    private final ReceiptingViewModel model;

    TotalsView(ReceiptingViewModel model) {
        this.model = model;
    }

    void bind(Label total, Label gst, Label toPay, Label cashPrice, Label rounding, Label change) {
        total.textProperty().bind(text(() -> s().total().format()));
        gst.textProperty().bind(text(() -> {
            Money g = model.draft().get().gst();
            return g.isZero() ? "No GST" : "Includes GST " + g.format();
        }));
        toPay.textProperty().bind(text(() -> model.tenders().isEmpty() ? s().total().format() : s().stillToPay().format()));
        showWhenSet(cashPrice, text(() -> {
            Settlement x = s();
            boolean roundedForCash = model.tenders().isEmpty() && !x.rounding().isZero();
            return roundedForCash ? "Cash price " + x.cashToPay().format() : "";
        }));
        showWhenSet(rounding, text(() -> {
            Settlement x = s();
            return x.rounding().isZero() || model.tenders().isEmpty() ? "" : "Cash rounding " + x.rounding().format();
        }));
        change.textProperty().bind(text(() -> {
            Posted last = model.lastPosted().get();
            // The last customer's change stays big only until the next receipt is begun.
            boolean showLast = last != null && model.lines().isEmpty() && model.line().query().get().isEmpty();
            return showLast ? last.receipt().change().format() : s().change().format();
        }));
    }

    void bindLastPosted(VBox box, Label headline, Label detail) {
        box.visibleProperty().bind(model.lastPosted().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        headline.textProperty().bind(Bindings.createStringBinding(() -> model.lastPosted().get() == null ? ""
                : model.lastPosted().get().headline(), model.lastPosted()));
        detail.textProperty().bind(Bindings.createStringBinding(() -> {
            Posted p = model.lastPosted().get();
            if (p == null) {
                return "";
            }
            String paid = "Total " + p.receipt().total().format() + "  \u00b7  Change " + p.receipt().change().format();
            return p.printProblem() == null ? paid + "  \u00b7  Printed" : paid + "\n" + p.printProblem();
        }, model.lastPosted()));
    }

    private Settlement s() {
        return model.settlement().get();
    }

    private StringBinding text(Callable<String> f) {
        return Bindings.createStringBinding(f, model.settlement(), model.tenders(), model.lines(), model.lastPosted(),
                model.line().query());
    }

    private static void showWhenSet(Label label, StringBinding text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
