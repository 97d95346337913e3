package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterdesk.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDatabase() {
        try (Database db = SiteDatabase.open(PostgresServer.emptyDatabase(dir))) {
            assertThat(db.schemaVersion()).isEqualTo("9");
        }
    }
}
