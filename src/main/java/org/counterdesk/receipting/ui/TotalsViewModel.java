package org.counterdesk.receipting.ui;

import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Settlement;

/**
 * The big figures of the receipt screen as sentences: total, GST, still to pay, the cash price
 * and rounding, the change, and the last receipt posted. Kept apart from the nodes so that the
 * rules of what shows when (rounding only for cash, the last change until the next customer)
 * can be checked without a window.
 *
 * @param cashPrice "Cash price $10.05" while no tender is in: what cash alone would pay, rounded; empty when no rounding
 * @param rounding "Cash rounding -$0.02" once tenders are in and the cash is rounded; else empty
 * @param lastPostedShown true while the last receipt posted is on show
 */
public record TotalsViewModel(StringBinding total, StringBinding gst, StringBinding toPay, StringBinding cashPrice,
                              StringBinding rounding, StringBinding change, StringBinding lastPostedHeadline,
                              StringBinding lastPostedDetail, BooleanBinding lastPostedShown) {

    /** The figures of {@code shown}; {@code query} is the fee being typed, which ends the last customer's change. */
    static TotalsViewModel of(ReceiptingViewModel.Shown shown, StringProperty query) {
        Observable[] on = {shown.settlement(), shown.tenders(), shown.lines(), shown.lastPosted(), query};
        ReadOnlyObjectProperty<Posted> last = shown.lastPosted();
        return new TotalsViewModel(
                text(on, () -> s(shown).total().format()),
                text(on, () -> {
                    Money g = shown.draft().get().gst();
                    return g.isZero() ? "No GST" : "Includes GST " + g.format();
                }),
                text(on, () -> shown.tenders().isEmpty() ? s(shown).total().format() : s(shown).stillToPay().format()),
                text(on, () -> {
                    Settlement x = s(shown);
                    boolean roundedForCash = shown.tenders().isEmpty() && !x.rounding().isZero();
                    return roundedForCash ? "Cash price " + x.cashToPay().format() : "";
                }),
                text(on, () -> {
                    Settlement x = s(shown);
                    return x.rounding().isZero() || shown.tenders().isEmpty() ? "" : "Cash rounding " + x.rounding().format();
                }),
                text(on, () -> {
                    // The last customer's change stays big only until the next receipt is begun.
                    boolean showLast = last.get() != null && shown.lines().isEmpty() && query.get().isEmpty();
                    return showLast ? last.get().receipt().change().format() : s(shown).change().format();
                }),
                Bindings.createStringBinding(() -> last.get() == null ? "" : last.get().headline(), last),
                Bindings.createStringBinding(() -> detail(last.get()), last),
                last.isNotNull());
    }

    private static String detail(Posted p) {
        if (p == null) {
            return "";
        }
        String paid = "Total " + p.receipt().total().format() + "  \u00b7  Change " + p.receipt().change().format();
        return p.printProblem() == null ? paid + "  \u00b7  Printed" : paid + "\n" + p.printProblem();
    }

    private static Settlement s(ReceiptingViewModel.Shown shown) {
        return shown.settlement().get();
    }

    private static StringBinding text(Observable[] on, Callable<String> f) {
        return Bindings.createStringBinding(f, on);
    }
}
