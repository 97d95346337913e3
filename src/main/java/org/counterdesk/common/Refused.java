package org.counterdesk.common;

/**
 * A request refused by a rule of the counter, with a message written for the person at the
 * screen. Nothing has been written when this is thrown. {@code field} names the input the
 * message belongs next to, where there is one.
 */
public class Refused extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;
    private final String field;

    public Refused(String message) {
        this(null, message);
    }

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws a refusal with {@code message} unless {@code condition} holds. */
    public static void unless(boolean condition, String message) {
        if (!condition) {
            throw new Refused(message);
        }
    }
}
