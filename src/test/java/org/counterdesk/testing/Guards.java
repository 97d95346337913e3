package org.counterdesk.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.store.PostedRecordGuard;

/**
 * What an insider with full rights does before tampering, on either database: drops the guards
 * on posted records (H2's Java triggers, PostgreSQL's plpgsql ones) and runs statements with the
 * foreign keys off where a test switches them off in H2's words.
 */
final class Guards {

    private static final String H2_KEYS_OFF = "SET REFERENTIAL_INTEGRITY FALSE";
    private static final String H2_KEYS_ON = "SET REFERENTIAL_INTEGRITY TRUE";

    private Guards() {
    }

    static boolean postgres(Connection c) {
        try {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops every posted-record guard in {@code c}'s database. */
    static void drop(Connection c) throws SQLException {
        List<String> drops = new ArrayList<>();
        String find = postgres(c)
                ? "SELECT 'DROP TRIGGER ' || t.tgname || ' ON ' || r.relname FROM pg_trigger t JOIN pg_class r "
                        + "ON r.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname LIKE 'posted%'"
                : "SELECT DISTINCT 'DROP TRIGGER \"' || trigger_name || '\"' FROM information_schema.triggers "
                        + "WHERE java_class = '" + PostedRecordGuard.class.getName() + "'";
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(find)) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                }
            }
            for (String drop : drops) {
                s.execute(drop);
            }
        }
    }

    /**
     * Runs one statement. On PostgreSQL, H2's switch for foreign keys is dropped and every
     * statement runs with them off (in a transaction of its own, so the pooled connection the
     * app gets back is as it was).
     */
    static void run(Connection c, String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!postgres(c)) {
                s.execute(statement);
                return;
            }
            if (statement.equalsIgnoreCase(H2_KEYS_OFF) || statement.equalsIgnoreCase(H2_KEYS_ON)) {
                return;
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                s.execute("SET LOCAL session_replication_role = replica");
                s.execute(statement);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
