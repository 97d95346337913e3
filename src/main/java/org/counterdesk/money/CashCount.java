package org.counterdesk.money;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.counterdesk.common.Refused;

/**
 * Notes and coins counted by denomination: how many of each, and their total. Counts are
 * whole and never negative; a count too large for any drawer is refused rather than trusted.
 */
public final class CashCount {

    /** More of one denomination than any drawer or bag holds. */
    public static final long MAX_PIECES = 100_000;

    private final EnumMap<Denomination, Long> pieces;

    private CashCount(EnumMap<Denomination, Long> pieces) {
        this.pieces = pieces;
    }

    public static CashCount empty() {
        return new CashCount(new EnumMap<>(Denomination.class));
    }

    /** A count from pieces per denomination; refuses a negative or absurd quantity. */
    public static CashCount of(Map<Denomination, Long> quantities) {
        EnumMap<Denomination, Long> copy = new EnumMap<>(Denomination.class);
        quantities.forEach((d, q) -> {
            if (q == null || q < 0) {
                throw new Refused(d.name(), "A count cannot be negative (" + d.label() + ").");
            }
            if (q > MAX_PIECES) {
                throw new Refused(d.name(), "That is too many " + d.label() + " pieces to count.");
            }
            if (q > 0) {
                copy.put(d, q);
            }
        });
        return new CashCount(copy);
    }

    public long quantity(Denomination d) {
        return pieces.getOrDefault(d, 0L);
    }

    public Money value(Denomination d) {
        return d.value().times(quantity(d));
    }

    public Money total() {
        Money sum = Money.ZERO;
        for (Denomination d : pieces.keySet()) {
            sum = sum.plus(value(d));
        }
        return sum;
    }

    public boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** The quantities, in denomination order, without zero rows. */
    public Map<Denomination, Long> quantities() {
        return Collections.unmodifiableMap(pieces);
    }

    /** True when every piece of {@code part} is also in this count. */
    public boolean contains(CashCount part) {
        return part.pieces.entrySet().stream().allMatch(e -> quantity(e.getKey()) >= e.getValue());
    }

    /** This count less {@code part}, piece by piece (what is left after keeping {@code part}). */
    public CashCount minus(CashCount part) {
        if (!contains(part)) {
            throw new IllegalArgumentException("cannot take more pieces than were counted");
        }
        EnumMap<Denomination, Long> left = new EnumMap<>(Denomination.class);
        for (Denomination d : Denomination.values()) {
            long q = quantity(d) - part.quantity(d);
            if (q > 0) {
                left.put(d, q);
            }
        }
        return new CashCount(left);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CashCount c && c.pieces.equals(pieces);
    }

    @Override
    public int hashCode() {
        return pieces.hashCode();
    }

    @Override
    public String toString() {
        return pieces + " = " + total();
    }
}
