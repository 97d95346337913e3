package org.counterdesk.testing;

import java.util.List;
import org.counterdesk.store.PostedRecordGuard;
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
            List<String> guards = h.createQuery(
                            "SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE java_class = :c")
                    .bind("c", PostedRecordGuard.class.getName()).mapTo(String.class).list();
            for (String guard : guards) {
                h.execute("DROP TRIGGER \"" + guard + "\"");
            }
            for (String statement : statements) {
                h.execute(statement);
            }
        });
    }
}
