package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a PC uses, read from the environment and the two settings files, and the mistakes named. */
class DatabaseConfigTest {

    private static final String URL = "jdbc:postgresql://counter-db.example:5432/counterdesk";

    @TempDir
    Path dir;

    @Test
    void withNothingSetThePcUsesItsOwnDatabase() {
        DatabaseConfig config = config(Map.of());

        assertThat(config.isSite()).isFalse();
        assertThat(config.describe()).isEqualTo("the database in " + dir.resolve("home/db"));
    }

    @Test
    void theEnvironmentNamesTheSiteServer() throws Exception {
        Path password = privateFile("secret");
        SiteSettings site = config(Map.of("COUNTERDESK_DB_URL", URL, "COUNTERDESK_DB_USER", "counter",
                "COUNTERDESK_DB_PASSWORD_FILE", password.toString())).site();

        assertThat(site.url()).isEqualTo(URL);
        assertThat(site.user()).isEqualTo("counter");
        assertThat(site.where()).isEqualTo("counter-db.example:5432/counterdesk");
        assertThat(site.password()).isEqualTo("secret");
    }

    @Test
    void theDataFolderFileWinsOverTheMachineFileAndTheEnvironmentOverBoth() throws Exception {
        Path password = privateFile("secret");
        write(dir.resolve("machine.properties"), "db.url=jdbc:postgresql://machine:5432/counterdesk\n"
                + "db.user=machine-user\ndb.password-file=" + password + "\n");
        write(dir.resolve("home").resolve(DatabaseConfig.FILE_NAME),
                "COUNTERDESK_DB_URL=jdbc:postgresql://folder:5432/counterdesk\n");

        SiteSettings fromFiles = config(Map.of()).site();
        SiteSettings withEnv = config(Map.of("COUNTERDESK_DB_USER", "env-user")).site();

        assertThat(fromFiles.where()).isEqualTo("folder:5432/counterdesk");
        assertThat(fromFiles.user()).isEqualTo("machine-user");
        assertThat(fromFiles.urlSource()).isEqualTo(dir.resolve("home").resolve(DatabaseConfig.FILE_NAME)
                + " (COUNTERDESK_DB_URL)");
        assertThat(withEnv.user()).isEqualTo("env-user");
    }

    @Test
    void thePcsTerminalCodeComesFromTheEnvironmentOrAFileAndIsOptional() throws Exception {
        write(dir.resolve("machine.properties"), "terminal=CD03\n");

        assertThat(config(Map.of()).terminal()).contains("CD03");
        assertThat(config(Map.of("COUNTERDESK_TERMINAL", "CD05")).terminal()).contains("CD05");
        Files.delete(dir.resolve("machine.properties"));
        assertThat(config(Map.of()).terminal()).isEmpty();
    }

    @Test
    void aPasswordFileOthersCanReadIsRefused() throws Exception {
        Path password = privateFile("secret");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
        SiteSettings site = site(password);

        assertThatThrownBy(site::password).isInstanceOf(StorageException.class)
                .hasMessage("The database password file " + password + " can be read by anyone on this PC, so it is "
                        + "not used: make it private (chmod 600 " + password + ", or 640 with the group counterdesk) "
                        + "and start again.");
    }

    @Test
    void aPasswordFileTheGroupCanReadIsUsedAsTheInstallerMakesIt() throws Exception {
        Path password = privateFile("secret\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(site(password).password()).isEqualTo("secret");
    }

    @Test
    void aMissingOrEmptyPasswordFileIsNamed() throws Exception {
        assertThatThrownBy(() -> site(dir.resolve("nowhere")).password()).hasMessageStartingWith(
                "The database password file " + dir.resolve("nowhere") + " does not exist");
        assertThatThrownBy(() -> site(privateFile("")).password()).hasMessageEndingWith("is empty: put the password in it.");
    }

    @Test
    void anAddressThatIsNotPostgresIsNamedWithAnExample() {
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_URL", "jdbc:mysql://db/counterdesk")))
                .isInstanceOf(StorageException.class)
                .hasMessage("The database address 'jdbc:mysql://db/counterdesk' is not a PostgreSQL address. It should "
                        + "look like jdbc:postgresql://db-server:5432/counterdesk (set in the environment "
                        + "(COUNTERDESK_DB_URL)).");
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_URL", "jdbc:postgresql://db-server:5432/")))
                .hasMessageStartingWith("The database address 'jdbc:postgresql://db-server:5432/' names no database.");
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_URL", "jdbc:postgresql://db-server:port/counterdesk",
                "COUNTERDESK_DB_USER", "u", "COUNTERDESK_DB_PASSWORD_FILE", "/p")))
                .hasMessageStartingWith("The database address 'jdbc:postgresql://db-server:port/counterdesk' is not one "
                        + "the PostgreSQL driver accepts");
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_URL", URL + "?password=x")))
                .hasMessageStartingWith("The database address carries a password: take it out");
    }

    @Test
    void halfASiteSettingIsNamed() {
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_URL", URL, "COUNTERDESK_DB_PASSWORD_FILE", "/p")))
                .hasMessage("The site database is set (in the environment (COUNTERDESK_DB_URL)) but the database user "
                        + "is not: set COUNTERDESK_DB_USER (or db.user in counterdesk.properties).");
        assertThatThrownBy(() -> config(Map.of("COUNTERDESK_DB_USER", "counter")))
                .hasMessageStartingWith("A database user or password file is set (in the environment "
                        + "(COUNTERDESK_DB_USER)) but no database address");
    }

    private DatabaseConfig config(Map<String, String> env) {
        return DatabaseConfig.of(new DataFolder(dir.resolve("home")), env, dir.resolve("machine.properties"));
    }

    private SiteSettings site(Path password) {
        return config(Map.of("COUNTERDESK_DB_URL", URL, "COUNTERDESK_DB_USER", "counter",
                "COUNTERDESK_DB_PASSWORD_FILE", password.toString())).site();
    }

    private Path privateFile(String content) throws Exception {
        Path file = Files.createTempFile(dir, "password", "");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
