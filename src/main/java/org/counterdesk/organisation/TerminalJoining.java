package org.counterdesk.organisation;

/**
 * Makes a PC's terminal code a terminal of the site the first time a PC uses it there (see
 * {@code org.counterdesk.setup.TerminalJoin}), so {@link CounterSetup} can stay ignorant of
 * drawers and the journal.
 */
@FunctionalInterface
public interface TerminalJoining {

    /** Adds terminal {@code code} to {@code organisation}'s site; a code already there is left alone. */
    void join(String code, Organisation organisation);

    /** For a PC's own database, which has one terminal made at first run: nothing ever joins. */
    TerminalJoining NONE = (code, organisation) -> {
        throw new IllegalStateException("terminal " + code + " is not set up on this database");
    };
}
