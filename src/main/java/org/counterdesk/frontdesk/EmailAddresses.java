package org.counterdesk.frontdesk;

import java.util.Optional;

/**
 * A practical check of an email address as an administrator types it into the directory:
 * one {@code @}, a plain local part, and a domain of dot-separated labels with a top-level
 * name. Quoted local parts and IP literals are refused: a council directory does not use them.
 */
public final class EmailAddresses {

    private static final int LONGEST = 254;

    private EmailAddresses() {
    }

    /** What is wrong with {@code address}, in words for the screen; empty when it looks right. */
    public static Optional<String> problem(String address) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            return Optional.of("Enter an email address.");
        }
        if (a.length() > LONGEST || a.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            return Optional.of("\"" + shorten(a) + "\" is not an email address: no spaces or accented letters, at most "
                    + LONGEST + " characters.");
        }
        int at = a.indexOf('@');
        if (at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1) {
            return Optional.of("\"" + shorten(a) + "\" is not an email address: it needs one @ with a name before it "
                    + "and a domain after it, like robyn.lee@council.vic.gov.au.");
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        if (local.length() > 64 || !local.matches("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+") || local.startsWith(".")
                || local.endsWith(".") || local.contains("..")) {
            return Optional.of("The part before the @ in \"" + shorten(a) + "\" is not valid.");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("The domain in \"" + shorten(a) + "\" needs a dot, like council.vic.gov.au.");
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || !label.matches("[A-Za-z0-9-]+") || label.startsWith("-")
                    || label.endsWith("-")) {
                return Optional.of("The domain in \"" + shorten(a) + "\" is not valid.");
            }
        }
        if (!labels[labels.length - 1].matches("[A-Za-z]{2,}")) {
            return Optional.of("The domain in \"" + shorten(a) + "\" must end in a name like .au or .com.");
        }
        return Optional.empty();
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
