package org.counterdesk.frontdesk;

import org.counterdesk.common.Refused;

/**
 * Cleans what the desk types (spaces collapsed, ends trimmed) and refuses what cannot be
 * right, naming the field so the message shows beside it.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code value} cleaned; refused when empty, shorter than {@code min} or longer than {@code max}. */
    public static String required(String field, String what, String value, int min, int max) {
        String v = clean(field, what, value);
        if (v.isEmpty()) {
            throw new Refused(field, "Enter the " + what + ".");
        }
        if (v.length() < min || v.length() > max) {
            throw new Refused(field, "The " + what + " must be " + min + " to " + max + " characters.");
        }
        return v;
    }

    /** {@code value} cleaned, or null when left empty; refused when longer than {@code max}. */
    public static String optional(String field, String what, String value, int max) {
        String v = clean(field, what, value);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new Refused(field, "The " + what + " can be at most " + max + " characters.");
        }
        return v;
    }

    private static String clean(String field, String what, String value) {
        if (value == null) {
            return "";
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
            throw new Refused(field, "The " + what + " holds a control character: type it again.");
        }
        return value.strip().replaceAll("\\s+", " ");
    }
}
