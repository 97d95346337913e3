package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's way in: it joins a database in use, never creates one, never shuts one down. */
class SharedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void closingASharedDatabaseLeavesTheOwnersDatabaseOpen() {
        try (Database owner = Database.open(dir)) {
            owner.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (n INT)"));
            try (Database shared = Database.openShared(dir)) {
                shared.jdbi().useHandle(h -> h.execute("INSERT INTO probe VALUES (1)"));
            }
            int rows = owner.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM probe").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
            String writeDelay = owner.jdbi().withHandle(h -> h.createQuery("SELECT setting_value FROM "
                    + "information_schema.settings WHERE setting_name = 'WRITE_DELAY'").mapTo(String.class).list().get(0));
            assertThat(writeDelay).as("commits written straight to the file").isEqualTo("0");
            owner.forceToDisk();
        }
    }

    @Test
    void aSharedOpenOnAFolderWithoutADatabaseIsRefusedAndCreatesNothing() throws Exception {
        assertThatThrownBy(() -> Database.openShared(dir))
                .isInstanceOf(StorageException.class)
                .hasMessage("There is no Counterdesk database in " + dir + ".");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSharedOpenAloneOpensTheFileAndClosesItCleanly() {
        Database.open(dir).close();
        try (Database shared = Database.openShared(dir)) {
            shared.forceToDisk();
        }
        // Closed cleanly: the owner can open it at once, with its exclusive settings.
        Database.open(dir).close();
        assertThat(Files.exists(dir.resolve("counterdesk.lock.db"))).isFalse();
    }
}
