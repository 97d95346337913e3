package org.counterdesk.organisation;

import java.util.Optional;

/**
 * Australian Business Number checks: 11 digits; subtract 1 from the first digit, weight the
 * digits 10, 1, 3, 5 … 19, and the sum must divide by 89.
 */
public final class Abn {

    private static final int[] WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

    private Abn() {
    }

    /** The ABN's digits without spaces, as stored. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replace(" ", "").strip();
    }

    /** Why the typed ABN is not valid, or empty if it is. */
    public static Optional<String> problem(String typed) {
        String abn = normalise(typed);
        if (!abn.matches("\\d{11}")) {
            return Optional.of("An ABN has 11 digits.");
        }
        if (!checksumOk(abn)) {
            return Optional.of("That ABN fails the ABN check: look for a mistyped digit.");
        }
        return Optional.empty();
    }

    public static boolean isValid(String typed) {
        return problem(typed).isEmpty();
    }

    /** Formats 11 digits as {@code 57 940 199 530}. */
    public static String format(String abn) {
        String d = normalise(abn);
        if (d.length() != 11) {
            return d;
        }
        return d.substring(0, 2) + " " + d.substring(2, 5) + " " + d.substring(5, 8) + " " + d.substring(8);
    }

    private static boolean checksumOk(String abn) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int digit = abn.charAt(i) - '0';
            if (i == 0) {
                digit -= 1;
            }
            sum += digit * WEIGHTS[i];
        }
        return sum % 89 == 0;
    }
}
