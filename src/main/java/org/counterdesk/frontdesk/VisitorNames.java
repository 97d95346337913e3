package org.counterdesk.frontdesk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.counterdesk.common.Refused;

/**
 * Checks a visitor's name as the desk types it, and folds names for the watch list. A name is
 * letters in any script, with spaces, hyphens, apostrophes and full stops; digits, symbols or
 * one letter typed over and over are refused as not a name.
 */
public final class VisitorNames {

    private VisitorNames() {
    }

    /** The cleaned name, or a refusal beside {@code field} that says what is wrong. */
    public static String check(String field, String typed) {
        String name = Texts.required(field, "visitor's name", typed, 2, 80);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (name.codePoints().anyMatch(Character::isDigit)) {
            throw new Refused(field, "A name has no digits: type the visitor's name as they give it.");
        }
        if (!name.matches("[\\p{L}\\p{M} .'\u2019-]+")) {
            throw new Refused(field, "A name is letters, spaces, hyphens and apostrophes: \"" + name + "\" is not a name.");
        }
        long letters = name.codePoints().filter(Character::isLetter).count();
        if (letters < 2) {
            throw new Refused(field, "Type the visitor's name (at least two letters).");
        }
        String lettersOnly = name.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (lettersOnly.length() >= 3 && lettersOnly.chars().distinct().count() == 1) {
            throw new Refused(field, "\"" + name + "\" is not a name: type the visitor's real name.");
        }
        return name;
    }

    /** The name folded for matching: no accents, no punctuation, lower case, words sorted. */
    public static String matchKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
        return Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }
}
