package org.counterdesk.money;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount typed at the counter. Accepts {@code 12}, {@code 12.5}, {@code 12.50},
 * {@code $1,234.50}; refuses letters, signs, more than two decimals and absurd sizes, each
 * with a message a cashier can act on.
 */
public final class MoneyParser {

    /** The largest amount anyone can key: ten million dollars. */
    public static final Money LIMIT = Money.ofDollars(10_000_000);

    private static final Pattern FORM = Pattern.compile("\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.(\\d*))?");

    private MoneyParser() {
    }

    /** The outcome of reading an amount: a value or the reason it was refused. */
    public record Result(Money value, String error) {
        public boolean ok() {
            return error == null;
        }

        public Optional<Money> asOptional() {
            return Optional.ofNullable(value);
        }
    }

    public static Result parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return fail("Enter an amount.");
        }
        if (text.startsWith("-")) {
            return fail("The amount cannot be negative.");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches() || (m.group(1) == null && (m.group(2) == null || m.group(2).isEmpty()))) {
            return fail("\"" + text + "\" is not an amount: use digits, like 45.50.");
        }
        String decimals = m.group(2) == null ? "" : m.group(2);
        if (decimals.length() > 2) {
            return fail("Use at most two decimal places (cents).");
        }
        String dollars = m.group(1) == null ? "0" : m.group(1).replace(",", "");
        if (dollars.length() > 9) {
            return fail("That amount is too large.");
        }
        long cents = Long.parseLong(dollars) * 100 + Long.parseLong((decimals + "00").substring(0, 2));
        Money value = Money.ofCents(cents);
        if (value.greaterThan(LIMIT)) {
            return fail("That amount is too large.");
        }
        return new Result(value, null);
    }

    /** Like {@link #parse} but also refuses zero. */
    public static Result parsePositive(String typed) {
        Result r = parse(typed);
        if (r.ok() && r.value().isZero()) {
            return fail("The amount must be more than zero.");
        }
        return r;
    }

    private static Result fail(String message) {
        return new Result(null, message);
    }
}
