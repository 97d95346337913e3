package org.counterdesk.testing;

import org.jdbi.v3.core.Jdbi;

/**
 * Someone with full write access to the database file, for tests that prove tampering is
 * caught: the database refuses to change posted records, so they first drop its guard
 * triggers (as such a person could), then run their statements by hand.
 */
public final class Insider {

    private Insider() {
    }

    /** Drops every posted-record guard, then runs {@code statements} in order on one connection. */
    public static void sql(Jdbi jdbi, String... statements) {
        jdbi.useHandle(h -> {
            try {
                Guards.drop(h.getConnection());
                for (String statement : statements) {
                    Guards.run(h.getConnection(), statement);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("insider's SQL failed: " + e.getMessage(), e);
            }
        });
    }
}
