package org.counterdesk.receipting.ui;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Settlement;

/**
 * The big figures of the receipt screen as sentences: total, GST, still to pay, the cash price
 * and rounding, the change, and the last receipt posted. Kept apart from the nodes so that the
 * rules of what shows when (rounding only for cash, the last change until the next customer)
 * can be checked without a window.
 */
public final class TotalsViewModel {

    private final ReceiptingViewModel model;
    private final StringBinding total;
    private final StringBinding gst;
    private final StringBinding toPay;
    private final StringBinding cashPrice;
    private final StringBinding rounding;
    private final StringBinding change;
    private final StringBinding lastPostedHeadline;
    private final StringBinding lastPostedDetail;

    TotalsViewModel(ReceiptingViewModel model) {
        this.model = model;
        total = text(() -> s().total().format());
        gst = text(() -> {
            Money g = model.draft().get().gst();
            return g.isZero() ? "No GST" : "Includes GST " + g.format();
        });
        toPay = text(() -> model.tenders().isEmpty() ? s().total().format() : s().stillToPay().format());
        cashPrice = text(() -> {
            Settlement x = s();
            boolean roundedForCash = model.tenders().isEmpty() && !x.rounding().isZero();
            return roundedForCash ? "Cash price " + x.cashToPay().format() : "";
        });
        rounding = text(() -> {
            Settlement x = s();
            return x.rounding().isZero() || model.tenders().isEmpty() ? "" : "Cash rounding " + x.rounding().format();
        });
        change = text(() -> {
            Posted last = model.lastPosted().get();
            // The last customer's change stays big only until the next receipt is begun.
            boolean showLast = last != null && model.lines().isEmpty() && model.line().query().get().isEmpty();
            return showLast ? last.receipt().change().format() : s().change().format();
        });
        lastPostedHeadline = Bindings.createStringBinding(() -> model.lastPosted().get() == null ? ""
                : model.lastPosted().get().headline(), model.lastPosted());
        lastPostedDetail = Bindings.createStringBinding(() -> detail(model.lastPosted().get()), model.lastPosted());
    }

    private static String detail(Posted p) {
        if (p == null) {
            return "";
        }
        String paid = "Total " + p.receipt().total().format() + "  \u00b7  Change " + p.receipt().change().format();
        return p.printProblem() == null ? paid + "  \u00b7  Printed" : paid + "\n" + p.printProblem();
    }

    private Settlement s() {
        return model.settlement().get();
    }

    private StringBinding text(Callable<String> f) {
        Observable[] on = {model.settlement(), model.tenders(), model.lines(), model.lastPosted(), model.line().query()};
        return Bindings.createStringBinding(f, on);
    }

    public StringBinding total() {
        return total;
    }

    public StringBinding gst() {
        return gst;
    }

    public StringBinding toPay() {
        return toPay;
    }

    /** "Cash price $10.05" while no tender is in: what cash alone would pay, rounded; empty when no rounding. */
    public StringBinding cashPrice() {
        return cashPrice;
    }

    /** "Cash rounding -$0.02" once tenders are in and the cash is rounded; else empty. */
    public StringBinding rounding() {
        return rounding;
    }

    public StringBinding change() {
        return change;
    }

    public StringBinding lastPostedHeadline() {
        return lastPostedHeadline;
    }

    public StringBinding lastPostedDetail() {
        return lastPostedDetail;
    }

    /** True while the last receipt posted is on show. */
    public BooleanBinding lastPostedShown() {
        return model.lastPosted().isNotNull();
    }
}
