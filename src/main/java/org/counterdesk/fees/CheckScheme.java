package org.counterdesk.fees;

import java.util.Optional;
import org.counterdesk.common.SafeText;

/**
 * How a payment reference is checked at the counter. Each scheme is a small pure function;
 * the fee schedule says which one a fee uses.
 */
public enum CheckScheme {
    /** Luhn: double every second digit from the right, sum mod 10 must be 0. */
    MOD10V01 {
        @Override
        boolean checkDigitOk(String digits) {
            int sum = 0;
            boolean doubleIt = false;
            for (int i = digits.length() - 1; i >= 0; i--) {
                int d = digits.charAt(i) - '0';
                if (doubleIt) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
                doubleIt = !doubleIt;
            }
            return sum % 10 == 0;
        }
    },
    /** Weights 1, 2, 3 … from the left over the body; the check digit is the sum mod 10. */
    MOD10V05 {
        @Override
        boolean checkDigitOk(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length() - 1; i++) {
                sum += (i + 1) * (digits.charAt(i) - '0');
            }
            return sum % 10 == digits.charAt(digits.length() - 1) - '0';
        }
    },
    /** Free text: anything printable up to 40 characters. */
    TEXT {
        @Override
        boolean checkDigitOk(String digits) {
            return true;
        }

        @Override
        public Optional<String> problem(String reference, String label) {
            if (reference.length() > MAX_TEXT) {
                return Optional.of(label + " is too long (at most " + MAX_TEXT + " characters).");
            }
            if (SafeText.problem(reference).isPresent()) {
                return Optional.of(label + " contains a character that cannot be printed.");
            }
            return Optional.empty();
        }
    };

    static final int MAX_TEXT = 40;
    private static final int MIN_DIGITS = 2;
    private static final int MAX_DIGITS = 20;

    abstract boolean checkDigitOk(String digits);

    /** Why {@code reference} is refused, or empty if it passes. {@code label} names the field. */
    public Optional<String> problem(String reference, String label) {
        if (!reference.matches("\\d+")) {
            return Optional.of(label + " must be digits only.");
        }
        if (reference.length() < MIN_DIGITS || reference.length() > MAX_DIGITS) {
            return Optional.of(label + " must be " + MIN_DIGITS + " to " + MAX_DIGITS + " digits.");
        }
        if (!checkDigitOk(reference)) {
            return Optional.of(label + " " + reference + " fails its check digit: check it was typed correctly.");
        }
        return Optional.empty();
    }

    /** Canonical form of a reference before checking: spaces removed for digit schemes. */
    public String normalise(String typed) {
        String t = typed == null ? "" : typed.strip();
        return this == TEXT ? t : t.replace(" ", "");
    }
}
