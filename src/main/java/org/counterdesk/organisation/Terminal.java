package org.counterdesk.organisation;

/** A counter PC: its code prefixes every document number it issues ({@code CD01-000042}). */
public record Terminal(long id, String code, String name, String site) {

    /** Terminal codes: 2 to 8 capital letters or digits, starting with a letter. */
    public static boolean validCode(String code) {
        return code != null && code.matches("[A-Z][A-Z0-9]{1,7}");
    }
}
