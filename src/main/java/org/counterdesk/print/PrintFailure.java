package org.counterdesk.print;

/**
 * A document could not be printed. The message says why in words for the counter, starting in
 * lower case so that callers can put it after their own sentence.
 */
public class PrintFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public PrintFailure(String message) {
        super(message);
    }

    public PrintFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
