package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.counterdesk.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's PostgreSQL server opened as the app's database: the migrations bring an empty one to
 * the same schema version as H2's, and each way of failing to reach it is named plainly, without
 * the counter waiting longer than its timeouts.
 */
class SiteDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseIsMigratedToTheSameVersionAsTheEmbeddedOne() {
        String h2;
        try (Database own = Database.open(dir.resolve("h2"))) {
            h2 = own.schemaVersion();
        }
        try (Database site = SiteDatabase.open(PostgresServer.emptyDatabase(dir))) {
            assertThat(site.schemaVersion()).isEqualTo(h2);
            long failed = site.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history "
                    + "WHERE NOT success").mapTo(Long.class).one());
            assertThat(failed).isZero();
        }
    }

    @Test
    void aWrongPasswordIsNamedWithItsFile() throws Exception {
        SiteSettings site = PostgresServer.freshDatabase(dir);
        Files.writeString(site.passwordFile(), "not-the-password");

        assertThatThrownBy(() -> SiteDatabase.open(site)).isInstanceOf(StorageException.class)
                .hasMessage("The site's database server at " + site.where() + " refused the password of user '"
                        + PostgresServer.USER + "': check the password in " + site.passwordFile() + ".");
    }

    @Test
    void aDatabaseThatIsNotThereIsNamed() {
        SiteSettings real = PostgresServer.freshDatabase(dir);
        SiteSettings missing = new SiteSettings(PostgresServer.url("no_such_counter"), real.user(), real.passwordFile(),
                real.connectTimeout(), real.statementTimeout(), "the tests");

        assertThatThrownBy(() -> SiteDatabase.open(missing)).hasMessageStartingWith(
                "The site's database server has no database " + missing.where() + ": check the database name");
    }

    @Test
    void aServerThatIsNotRunningIsNamed() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        SiteSettings site = elsewhere(port, Duration.ofSeconds(5));

        assertThatThrownBy(() -> SiteDatabase.open(site)).hasMessage("Could not reach the site's database server at "
                + "localhost:" + port + "/counterdesk: nothing answered there. Check that the server is running and "
                + "the address in the tests.");
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsGivenUpOnAfterTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(30_000);
                } catch (Exception e) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            SiteSettings site = elsewhere(silent.getLocalPort(), Duration.ofSeconds(1));

            assertThatThrownBy(() -> SiteDatabase.open(site)).hasMessage("The site's database server at localhost:"
                    + silent.getLocalPort() + "/counterdesk did not answer within 1 second: check that it is running "
                    + "and that this PC can reach it (network, firewall).");
        }
    }

    @Test
    void aStatementThatRunsPastTheTimeoutIsStoppedByTheServerAndNamed() {
        SiteSettings site = PostgresServer.freshDatabase(dir).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1));
        try (Database db = SiteDatabase.open(site)) {
            Throwable slow = catchThrowable(() -> db.jdbi().useHandle(h -> h.execute("SELECT pg_sleep(20)")));

            assertThat(StorageException.of(slow, "post the receipt; nothing was saved").getMessage()).isEqualTo(
                    "Could not post the receipt; nothing was saved: the database took too long to answer, so the "
                            + "request was stopped.");
            int one = db.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            assertThat(one).as("the pool's connection still works").isEqualTo(1);
        }
    }

    private SiteSettings elsewhere(int port, Duration connect) throws Exception {
        Path password = dir.resolve("password");
        Files.writeString(password, "anything");
        PrivateFiles.makePrivate(password);
        return new SiteSettings("jdbc:postgresql://localhost:" + port + "/counterdesk", "counter", password, connect,
                Duration.ofSeconds(30), "the tests");
    }
}
