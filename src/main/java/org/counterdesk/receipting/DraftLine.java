package org.counterdesk.receipting;

import org.counterdesk.common.Refused;
import org.counterdesk.fees.Fee;
import org.counterdesk.money.Money;

/**
 * A line the cashier has keyed: a fee, its reference, a quantity and the price of one unit.
 * Created only through {@link #of}, which refuses what the fee does not allow.
 */
public record DraftLine(Fee fee, String reference, long quantity, Money unitPrice) {

    public static DraftLine of(Fee fee, String typedReference, long quantity, Money unitPrice) {
        String reference = fee.referenceRule().map(r -> r.scheme().normalise(typedReference)).orElse("");
        fee.referenceRule().flatMap(r -> r.problem(typedReference))
                .ifPresent(p -> {
                    throw new Refused("reference", p);
                });
        fee.quantityProblem(quantity).ifPresent(p -> {
            throw new Refused("quantity", p);
        });
        fee.priceProblem(unitPrice).ifPresent(p -> {
            throw new Refused("amount", p);
        });
        return new DraftLine(fee, reference.isEmpty() ? null : reference, quantity, unitPrice);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    /** GST included in this line: one eleventh of a taxable line's amount, to the cent. */
    public Money gst() {
        return fee.taxCode().gstIn(amount());
    }
}
