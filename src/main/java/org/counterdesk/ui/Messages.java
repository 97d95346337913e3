package org.counterdesk.ui;

import org.counterdesk.common.UserFacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into one sentence for the person at the screen. Rules and storage problems
 * already carry such a sentence; anything else is logged in full and summarised, never shown
 * as a stack trace.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private Messages() {
    }

    public static String of(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof UserFacing) {
            return t.getMessage();
        }
        LOG.error("Unexpected failure", t);
        return "Something went wrong and nothing was saved. The details are in the log: tell your supervisor.";
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof java.util.concurrent.ExecutionException || c instanceof java.util.concurrent.CompletionException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
