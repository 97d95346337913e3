package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

    @TempDir
    Path dir;

    @Test
    void aBloatedFileLeftByAnUncleanEndIsCompactedOnOpenWithItsDataIntact() throws Exception {
        Database.open(dir).close();
        try (Connection c = Database.connect(dir);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filler (id INT PRIMARY KEY, pad VARCHAR(2000))");
            for (int i = 0; i < 3000; i++) {
                s.execute("INSERT INTO filler VALUES (" + i + ", '" + "x".repeat(2000) + "')");
            }
            s.execute("DELETE FROM filler WHERE id >= 10");
            // Left without a compacting close, as after a kill.
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (java.sql.SQLException expectedOnImmediateShutdown) {
            // H2 reports the connection it just closed
        }
        long bloated = Files.size(dir.resolve("counterdesk.mv.db"));
        assertThat(bloated).isGreaterThan(32L * 1024 * 1024);

        try (Database db = Database.open(dir)) {
            assertThat(Files.size(dir.resolve("counterdesk.mv.db"))).isLessThan(bloated / 4);
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM filler").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(10);
        }
    }
}
