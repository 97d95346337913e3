package org.counterdesk.testing;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * A trigger that makes the database itself fail an insert while it is armed, to prove a post
 * that fails half-way leaves nothing behind. Arm it with {@link #arm}, which works on H2 (a
 * Java trigger reading a flag in this JVM) and on PostgreSQL (plpgsql reading a table).
 */
public final class FailingTrigger implements Trigger {

    private static volatile boolean armed;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (armed) {
            throw new SQLException("injected failure: disk full", "HY000", 90028);
        }
    }

    /**
     * Installs the trigger on {@code table}, firing before each inserted row. On PostgreSQL the
     * trigger is plpgsql and reads whether it is armed from a table: arm it with {@link #arm}.
     */
    public static void install(org.jdbi.v3.core.Jdbi jdbi, String table) {
        jdbi.useHandle(h -> {
            if (!Guards.postgres(h.getConnection())) {
                h.execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table
                        + " FOR EACH ROW CALL \"" + FailingTrigger.class.getName() + "\"");
                return;
            }
            h.execute("CREATE TABLE IF NOT EXISTS failing_armed (armed BOOLEAN NOT NULL)");
            h.execute("INSERT INTO failing_armed SELECT FALSE WHERE NOT EXISTS (SELECT 1 FROM failing_armed)");
            h.execute("CREATE OR REPLACE FUNCTION failing_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF (SELECT armed FROM failing_armed) THEN RAISE EXCEPTION 'injected failure'; END IF; "
                    + "RETURN NEW; END; $$");
            h.execute("CREATE TRIGGER fail_" + table + " BEFORE INSERT ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION failing_insert()");
        });
    }

    /** Disarms the H2 trigger in this JVM, between tests; each test's database starts disarmed. */
    public static void reset() {
        armed = false;
    }

    /** Arms or disarms the trigger, in this JVM (H2) and in the database (PostgreSQL). */
    public static void arm(org.jdbi.v3.core.Jdbi jdbi, boolean on) {
        armed = on;
        jdbi.useHandle(h -> {
            if (Guards.postgres(h.getConnection())) {
                h.createUpdate("UPDATE failing_armed SET armed = :on").bind("on", on).execute();
            }
        });
    }
}
