package org.counterdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.store.SiteDatabase;

/**
 * One real PostgreSQL server per test JVM (its binaries come from Maven: nothing to install),
 * started on first use and stopped when the JVM ends. Each counter gets a database of its own,
 * copied from a template that the app's migrations brought up to date once, so a test starts
 * from an empty, migrated schema in a fraction of a second. Connections from the app go through
 * TCP with a password (scram-sha-256), as a site's PCs do.
 */
public final class PostgresServer {

    /** The app's account on the server, as an IT officer would make it. */
    public static final String USER = "counterdesk";
    public static final String PASSWORD = "counter-desk-test";
    private static final String TEMPLATE = "counterdesk_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private PostgresServer() {
    }

    /** The running server, started if this is the first call in this JVM. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // Speed over durability: the tests never pull the plug on this server.
                        .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .setDataDirectoryCustomizer(PostgresServer::passwordsOverTcp).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            superuser("CREATE ROLE " + USER + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
        }
        return server;
    }

    /** A new, empty database with the app's schema (from the migrated template), and settings to reach it. */
    public static SiteSettings freshDatabase(Path passwordFolder) {
        String name = newDatabase(true);
        return settings(name, passwordFolder);
    }

    /** A new database with no schema at all (for tests of the migrations themselves). */
    public static SiteSettings emptyDatabase(Path passwordFolder) {
        return settings(newDatabase(false), passwordFolder);
    }

    /** A new database copied from {@code source}'s (which nobody may be connected to), with settings to reach it. */
    public static SiteSettings copyOf(SiteSettings source, Path passwordFolder) {
        String from = source.url().substring(source.url().lastIndexOf('/') + 1);
        String name = "counter_" + DATABASES.incrementAndGet();
        // The closed counter's server processes may take a moment to end after its connections closed.
        for (int attempt = 1; ; attempt++) {
            try {
                superuser("CREATE DATABASE " + name + " TEMPLATE " + from);
                return settings(name, passwordFolder);
            } catch (IllegalStateException e) {
                if (attempt == 50 || !(e.getCause() instanceof SQLException s && "55006".equals(s.getSQLState()))) {
                    throw e;
                }
                pause();
            }
        }
    }

    /** A statement run as the server's superuser in its maintenance database. */
    public static void superuser(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The address of {@code database} on the server. */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    /** A plain connection as the app's user, for tests that need raw SQL. */
    public static Connection connect(SiteSettings site) throws SQLException {
        return DriverManager.getConnection(site.url(), USER, PASSWORD);
    }

    private static synchronized String newDatabase(boolean migrated) {
        server();
        if (migrated && !templateReady) {
            superuser("CREATE DATABASE " + TEMPLATE);
            SiteDatabase.open(settings(TEMPLATE, tempFolder())).close();
            templateReady = true;
        }
        String name = "counter_" + DATABASES.incrementAndGet();
        superuser("CREATE DATABASE " + name + (migrated ? " TEMPLATE " + TEMPLATE : ""));
        return name;
    }

    /** Settings to reach {@code url} as the app's user, its password in a private file in {@code passwordFolder}. */
    static SiteSettings settingsFor(String url, Path passwordFolder) {
        try {
            PrivateFiles.createFolders(passwordFolder);
            Path file = passwordFolder.resolve("db-password-" + url.substring(url.lastIndexOf('/') + 1));
            Files.writeString(file, PASSWORD + "\n", StandardCharsets.UTF_8);
            PrivateFiles.makePrivate(file);
            return new SiteSettings(url, USER, file, Duration.ofSeconds(10), Duration.ofSeconds(30), "the tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SiteSettings settings(String database, Path passwordFolder) {
        return settingsFor(url(database), passwordFolder);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("counterdesk-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Local socket connections (the tests' superuser) trusted; TCP needs the password, as on a site. */
    static void passwordsOverTcp(java.io.File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
