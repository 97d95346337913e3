package org.counterdesk.cli;

/** What the command line's exit codes mean, for scripts that run it. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command could not do it (refused, file or database problem): the reason is on stderr. */
    public static final int FAILED = 1;
    /** The command line itself was wrong (unknown command, missing or bad argument). */
    public static final int USAGE = 2;
    /** {@code verify} (or the check after a restore) found a problem in the records. */
    public static final int INTEGRITY = 3;

    private ExitCodes() {
    }
}
