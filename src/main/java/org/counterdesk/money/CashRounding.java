package org.counterdesk.money;

/**
 * Australian cash rounding: the amount paid in cash goes to the nearest 5 cents. A last digit
 * of 1 or 2 rounds down to 0, 3 or 4 up to 5, 6 or 7 down to 5, 8 or 9 up to 10. There is no
 * tie because 5-cent steps never leave a remainder of exactly 2.5.
 */
public final class CashRounding {

    private CashRounding() {
    }

    /** The cash amount a customer actually pays for {@code due}. */
    public static Money round(Money due) {
        if (due.isNegative()) {
            return round(due.negate()).negate();
        }
        long remainder = due.cents() % 5;
        long rounded = remainder <= 2 ? due.cents() - remainder : due.cents() + (5 - remainder);
        return Money.ofCents(rounded);
    }

    /** The rounding line: what rounding adds to (positive) or takes off (negative) {@code due}. */
    public static Money adjustment(Money due) {
        return round(due).minus(due);
    }
}
