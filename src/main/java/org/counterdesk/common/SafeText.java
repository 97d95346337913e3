package org.counterdesk.common;

import java.util.Optional;

/**
 * Characters refused in any text Counterdesk stores from outside or from the counter: control
 * characters (C0, DEL, C1), which no name or description needs and which can hide text or
 * upset files and screens, and the bidirectional overrides and isolates (U+202A to U+202E,
 * U+2066 to U+2069), which make text display in an order other than the order stored, so
 * "SMITH" can show where something else is kept.
 */
public final class SafeText {

    private SafeText() {
    }

    /** What is wrong with {@code text} ("contains a control character (U+0007)"), if anything. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return Optional.of("contains a control character (" + code(c) + ")");
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return Optional.of("contains a character that reverses the direction of text (" + code(c) + ")");
            }
        }
        return Optional.empty();
    }

    /** Refuses {@code text} for input {@code field}, labelled {@code label} ("Payer name"), if it has a problem. */
    public static void check(String field, String label, String text) {
        problem(text).ifPresent(p -> {
            throw new Refused(field, label + " " + p + ": retype it.");
        });
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
