package org.counterdesk.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an insider with the database's address and user can do, as plain SQL on a raw JDBC
 * connection of its own (H2's shell would do the same): every tampering statement in the tests
 * goes through here, so a database that refuses edits can be switched off in one place.
 */
public final class Tamper {

    private Tamper() {
    }

    /**
     * Runs each statement, committed one by one, on a raw connection to {@code c}'s database,
     * after dropping the database's guards on posted records as an insider with full access could.
     */
    public static void sql(TestCounter c, String... statements) {
        try (Connection conn = connect(c); Statement s = conn.createStatement()) {
            Guards.drop(conn);
            for (String statement : statements) {
                Guards.run(conn, statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed: " + e.getMessage(), e);
        }
    }

    /** Reads rows by plain SQL, column names in lower case. */
    public static List<Map<String, Object>> query(TestCounter c, String select) {
        try (Connection conn = connect(c); Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(select)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading failed: " + e.getMessage(), e);
        }
    }

    /** A single value read by plain SQL. */
    public static Object value(TestCounter c, String select) {
        return query(c, select).get(0).values().iterator().next();
    }

    /** A string literal for SQL. */
    public static String quote(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static Connection connect(TestCounter c) throws SQLException {
        return c.connect();
    }
}
