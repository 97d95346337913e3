package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.counterdesk.testing.HeldShared;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionRemote;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's password: random per install, in a private key file beside it, required of
 * every connection, whether to the file or through the automatic server's port while another
 * process has it open. Databases made before it had a password are given one on open.
 */
class DatabaseKeyTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasARandomKeyOfItsOwnAndRefusesAnyOtherPassword() throws Exception {
        Database.open(dir).close();
        Database.open(dir.resolve("other")).close();

        String key = Files.readString(dir.resolve(DatabaseKey.FILE_NAME));
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(Files.readString(dir.resolve("other").resolve(DatabaseKey.FILE_NAME))).isNotEqualTo(key);
        assertRefused("");
        assertRefused("0".repeat(64));
        try (Connection c = Database.connect(dir)) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void aDatabaseFromBeforePasswordsIsGivenTheKeyWhenFirstOpened() throws Exception {
        Database.open(dir).close();
        try (Connection c = Database.connect(dir)) { // back to how databases were made before they had a password
            c.createStatement().execute("CREATE TABLE kept (n INT)");
            c.createStatement().execute("ALTER USER counterdesk SET PASSWORD ''");
        }
        Files.delete(dir.resolve(DatabaseKey.FILE_NAME));
        assertThat(dir.resolve(DatabaseKey.FILE_NAME)).doesNotExist();

        try (Database db = Database.open(dir)) {
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM kept").mapTo(Integer.class).one());
            assertThat(rows).isZero();
        }

        assertThat(dir.resolve(DatabaseKey.FILE_NAME)).isRegularFile();
        assertRefused("");
        Database.openShared(dir).close();
    }

    @Test
    void aKeyFileThatDoesNotFitIsRefusedInPlainWords() throws Exception {
        Database.open(dir).close();
        Files.writeString(dir.resolve(DatabaseKey.FILE_NAME), "ab".repeat(32));

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("Could not open the database: it does not accept the password in its key file");
    }

    @Test
    void theServerPortOfAnOpenDatabaseRefusesAnyoneWithoutTheKeyAndLetsTheCommandLineIn() throws Exception {
        Database.open(dir).close();
        Process holder = HeldShared.start(dir);
        try (BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
             Writer tell = new java.io.OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(said.readLine()).isEqualTo(HeldShared.READY);

            assertRefused("");
            try (Connection c = Database.connect(dir)) {
                assertThat(c.unwrap(JdbcConnection.class).getSession()).as("through the other process's server")
                        .isInstanceOf(SessionRemote.class);
            }
            try (Database shared = Database.openShared(dir)) {
                shared.forceToDisk();
            }

            tell.write("done\n");
            tell.flush();
            assertThat(said.readLine()).isEqualTo(HeldShared.DONE);
        } finally {
            holder.destroyForcibly();
        }
    }

    private void assertRefused(String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(Database.url(dir, true), "counterdesk", password).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
    }
}
