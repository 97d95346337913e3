package org.counterdesk.print;

import java.nio.file.Path;
import org.counterdesk.common.UserFacing;

/**
 * A document was made and kept, but the printer did not take it. The screen shows the message
 * ("The receipt was saved but could not be printed: …") and can offer to print the kept file
 * again; nothing needs posting again.
 */
public class NotPrintedException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;
    private final transient Path saved;

    /** {@code document} names what was saved, as in "the receipt" or "the void notice". */
    public NotPrintedException(String document, Path saved, PrintFailure cause) {
        super(capitalised(document) + " was saved but could not be printed: " + cause.getMessage(), cause);
        this.saved = saved;
    }

    /** The kept PDF. */
    public Path saved() {
        return saved;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
