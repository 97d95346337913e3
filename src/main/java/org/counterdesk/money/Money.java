package org.counterdesk.money;

import java.util.Locale;

/**
 * An amount of Australian dollars held as whole cents. Immutable; arithmetic is exact and
 * throws on overflow rather than wrapping.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(cents, quantity));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean greaterThan(Money other) {
        return cents > other.cents;
    }

    public boolean lessThan(Money other) {
        return cents < other.cents;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Formats as {@code $1,234.50}, or {@code -$5.00} for a negative amount. */
    public String format() {
        return (cents < 0 ? "-$" : "$") + plain(true);
    }

    /** Formats as {@code 1234.50} (no symbol, no grouping), the form used in input fields. */
    public String toPlainString() {
        return (cents < 0 ? "-" : "") + plain(false);
    }

    private String plain(boolean grouped) {
        long abs = Math.abs(cents);
        if (abs < 0) { // Long.MIN_VALUE
            throw new ArithmeticException("amount out of range");
        }
        String dollars = grouped ? String.format(Locale.ROOT, "%,d", abs / 100) : Long.toString(abs / 100);
        return dollars + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }

    @Override
    public String toString() {
        return format();
    }
}
