package org.counterdesk.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * The H2 statements behind backups: the database written out as SQL, and a new database built
 * from such a script. H2-specific by nature (a PostgreSQL site would use its own tools).
 */
final class BackupDao {

    private BackupDao() {
    }

    /** Rows in the application's tables, as H2 estimates them: the scale of a progress bar. */
    static long estimatedRows(Handle h) {
        return h.createQuery("SELECT COALESCE(SUM(row_count_estimate), 0) FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC'").mapTo(Long.class).one();
    }

    /**
     * Streams the whole database as SQL statements, one row per statement ({@code SIMPLE}: one
     * INSERT per row, so progress can follow the rows).
     */
    static void script(Handle h, Consumer<String> each) {
        h.createQuery("SCRIPT SIMPLE").setFetchSize(500).map((rs, ctx) -> rs.getString(1)).forEach(each);
    }

    /**
     * Builds a new database in {@code folder} from the script in the first entry of {@code zip},
     * then closes it cleanly. Nothing else knows of this folder yet, so no other process can be
     * using it.
     */
    static void runScript(Path folder, Path zip) throws SQLException {
        String url = Database.jdbcUrl(folder);
        try (Connection c = DriverManager.getConnection(url, "counterdesk", "");
             Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + zip.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
            s.execute("SHUTDOWN COMPACT");
        }
    }
}
