package org.counterdesk.common;

/**
 * A count with its noun, "1 receipt" or "2 receipts": screens, messages and documents say
 * counts as people do, and each does it the same way.
 */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
