package org.counterdesk.testing;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that makes the database itself fail an insert while {@link #armed} is set,
 * to prove a post that fails half-way leaves nothing behind.
 */
public final class FailingTrigger implements Trigger {

    public static volatile boolean armed;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (armed) {
            throw new SQLException("injected failure: disk full", "HY000", 90028);
        }
    }

    /** Installs the trigger on {@code table}, firing before each inserted row. */
    public static void install(org.jdbi.v3.core.Jdbi jdbi, String table) {
        jdbi.useHandle(h -> h.execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table
                + " FOR EACH ROW CALL \"" + FailingTrigger.class.getName() + "\""));
    }
}
