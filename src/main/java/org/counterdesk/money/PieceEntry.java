package org.counterdesk.money;

import java.util.Optional;

/**
 * Reads what a cashier types in one row of a count: a number of pieces ({@code 12}), or for a
 * bag or roll of coins its value ({@code $20} or {@code 20.00}), which must be a whole number
 * of that coin.
 */
public final class PieceEntry {

    private PieceEntry() {
    }

    /** The outcome: the number of pieces, or why the entry is refused. */
    public record Result(long pieces, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static Result read(Denomination d, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return new Result(0, null);
        }
        if (t.startsWith("-")) {
            return fail("A count cannot be negative.");
        }
        if (t.contains("$") || t.contains(".")) {
            MoneyParser.Result value = MoneyParser.parse(t);
            if (!value.ok()) {
                return fail(value.error());
            }
            long cents = value.value().cents();
            if (cents % d.value().cents() != 0) {
                return fail(value.value().format() + " is not a whole number of " + d.label() + " pieces.");
            }
            return within(cents / d.value().cents());
        }
        if (!t.matches("\\d{1,9}")) {
            return fail("Type a whole number of pieces, or a value like $20.00 for a bag of coins.");
        }
        return within(Long.parseLong(t));
    }

    /** The pieces typed, if the entry is acceptable. */
    public static Optional<Long> pieces(Denomination d, String typed) {
        Result r = read(d, typed);
        return r.ok() ? Optional.of(r.pieces()) : Optional.empty();
    }

    private static Result within(long pieces) {
        return pieces > CashCount.MAX_PIECES ? fail("That is more pieces than a drawer holds.") : new Result(pieces, null);
    }

    private static Result fail(String message) {
        return new Result(0, message);
    }
}
