package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start skips Flyway only for a database this program already brought up to date: a new
 * database and an older one are migrated (and stamped), an up-to-date one is left alone, a
 * newer one is refused. Real H2 files in a temp folder.
 */
class SchemaStampTest {

    @TempDir
    Path dir;

    private final SchemaStamp ours = SchemaStamp.ofClassPath();

    @Test
    void aNewDatabaseIsMigratedAndStamped() throws Exception {
        Database.open(dir).close();
        try (Connection c = Database.connect(dir)) {
            assertThat(latestApplied(c)).isEqualTo(ours.latest().text());
            assertThat(recorded(c)).isEqualTo(ours.fingerprint());
            assertThat(ours.check(c)).isEqualTo(SchemaStamp.Verdict.UP_TO_DATE);
        }
    }

    @Test
    void anOlderDatabaseIsMigratedToTheLatestVersionAndStamped() throws Exception {
        Database.createAt(dir, "9").close();
        try (Connection c = Database.connect(dir)) {
            assertThat(latestApplied(c)).isEqualTo("9");
            assertThat(ours.check(c)).isEqualTo(SchemaStamp.Verdict.MIGRATE);
        }
        Database.open(dir).close();
        try (Connection c = Database.connect(dir)) {
            assertThat(latestApplied(c)).isEqualTo(ours.latest().text());
            assertThat(recorded(c)).isEqualTo(ours.fingerprint());
        }
    }

    @Test
    void anUpToDateDatabaseOpensWithoutFlywayAndAChangedMigrationSetDoesNot() throws Exception {
        Database.open(dir).close();
        // Flyway would refuse this history (a checksum no file has), so opening shows it did not run.
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        Database.open(dir).close();
        try (Connection c = Database.connect(dir)) {
            SchemaStamp changed = SchemaStamp.of(withExtraFile());
            assertThat(changed.check(c)).as("a migration set with a file more").isEqualTo(SchemaStamp.Verdict.MIGRATE);
        }
        execute("UPDATE schema_stamp SET fingerprint = 'from another set of migrations'");
        assertThatThrownBy(() -> Database.open(dir).close()).as("Flyway runs again, and validates")
                .isInstanceOf(StorageException.class);
    }

    @Test
    void aDatabaseNewerThanThisProgramIsRefusedByName() throws Exception {
        Database.open(dir).close();
        execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (999, '999', 'later', 'SQL', 'V999__later.sql', 'test', 1, TRUE)");
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("newer version of Counterdesk")
                .hasMessageContaining("version 999; this version knows up to " + ours.latest().text());
    }

    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(SchemaStamp.Version.parse("10.1")).isGreaterThan(SchemaStamp.Version.parse("10"))
                .isLessThan(SchemaStamp.Version.parse("11")).isGreaterThan(SchemaStamp.Version.parse("9.5"));
        assertThat(SchemaStamp.Version.ofFileName("V10_1__terminals.class")).contains(SchemaStamp.Version.parse("10.1"));
        assertThat(SchemaStamp.Version.ofFileName("R__view.sql")).isEmpty();
    }

    private Map<String, byte[]> withExtraFile() {
        Map<String, byte[]> files = new TreeMap<>(SchemaStamp.files(getClass().getClassLoader()));
        files.put("db/migration/V12_5__extra.sql", "SELECT 1;".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = Database.connect(dir); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String latestApplied(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String recorded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT fingerprint FROM schema_stamp")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
