package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the sequence that keys journal entries from version 10 on, starting after the last entry
 * already written. A sequence hands out keys without a lock that every counter would wait on; a
 * key lost to a rolled-back transaction leaves a gap that matters to no one, because an entry's
 * place in its terminal's chain ({@code chain_seq}) is numbered gaplessly under that terminal's
 * own row lock. Java, because the start depends on the rows (the same statement on both databases).
 */
public final class V10_1__Journal_key_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM journal")) {
            rs.next();
            next = rs.getLong(1) + 1;
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE journal_key START WITH " + next);
        }
    }
}
