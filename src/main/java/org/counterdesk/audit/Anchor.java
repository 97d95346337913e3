package org.counterdesk.audit;

/**
 * A journal head held somewhere the database cannot rewrite it: a manifest finance received, an
 * acknowledgement, a head finance reads out. {@code seq} is the entry it names, or null when only
 * the hash is known (a manifest); {@code source} says where it came from, for the message.
 */
public record Anchor(Long seq, String hash, String source) {

    /** Parses {@code N:HASH} as typed after {@code verify --anchor}; refuses anything else. */
    public static Anchor parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("an anchor is written N:HEAD, the entry number and its 64-digit hash");
        }
        String hash = text.substring(colon + 1).strip().toLowerCase(java.util.Locale.ROOT);
        long seq;
        try {
            seq = Long.parseLong(text.substring(0, colon).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("an anchor's entry number must be a whole number: " + text);
        }
        if (seq < 1 || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an anchor is written N:HEAD, the entry number (1 or more) and its "
                    + "64-digit hash: " + text);
        }
        return new Anchor(seq, hash, "the anchor given (" + seq + ":" + hash + ")");
    }
}
