package org.counterdesk.fees;

import java.util.Optional;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.money.TaxCode;

/**
 * A fee in the schedule. A fixed fee has an {@code amount}; a keyed fee has none and is keyed
 * at the counter between {@code min} and {@code max}. A fee with a {@code unit} (hour, page)
 * is charged per unit and the counter keys a quantity.
 *
 * @param id the stored row of this version of the fee (0 before it is stored)
 */
public record Fee(long id, String code, String description, String gl, TaxCode taxCode,
                  Money amount, Money min, Money max, String unit, ReferenceRule reference) {

    public static final int MAX_QUANTITY = 9_999;

    public boolean isFixed() {
        return amount != null;
    }

    public boolean perUnit() {
        return unit != null;
    }

    public Optional<ReferenceRule> referenceRule() {
        return Optional.ofNullable(reference);
    }

    /** Why {@code price} cannot be charged for one unit of this fee, or empty if it can. */
    public Optional<String> priceProblem(Money price) {
        if (isFixed()) {
            return price.equals(amount) ? Optional.empty()
                    : Optional.of(code + " is a fixed fee of " + amount.format() + ".");
        }
        if (!price.isPositive()) {
            return Optional.of("The amount must be more than zero.");
        }
        if (min != null && price.lessThan(min)) {
            return Optional.of("The least " + code + " can be is " + min.format() + ".");
        }
        Money ceiling = max == null ? MoneyParser.LIMIT : max;
        if (price.greaterThan(ceiling)) {
            return Optional.of("The most " + code + " can be is " + ceiling.format() + ".");
        }
        return Optional.empty();
    }

    /** Why {@code quantity} is refused, or empty if it is acceptable. */
    public Optional<String> quantityProblem(long quantity) {
        if (quantity < 1) {
            return Optional.of("The quantity must be at least 1.");
        }
        if (!perUnit() && quantity != 1) {
            return Optional.of(code + " is charged once; it has no quantity.");
        }
        if (quantity > MAX_QUANTITY) {
            return Optional.of("The quantity can be at most " + MAX_QUANTITY + ".");
        }
        return Optional.empty();
    }

    /** What the screen shows for the fee in a list. */
    public String label() {
        return code + " \u2014 " + description;
    }
}
