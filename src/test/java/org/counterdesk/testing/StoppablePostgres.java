package org.counterdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.counterdesk.store.SiteSettings;

/**
 * A PostgreSQL server of a test's own, for outages: unlike the shared {@link PostgresServer}
 * it can be stopped under running counters and started again on the same data folder and
 * port, as a site's server is restarted. It holds one site database, {@code site}, that the
 * app's migrations fill on the first counter's start. Stopping is PostgreSQL's fast shutdown
 * (clients are cut off mid-transaction, the data is kept).
 */
public final class StoppablePostgres implements AutoCloseable {

    private static final String DATABASE = "site";

    private final Path dataFolder;
    private final int port;
    private EmbeddedPostgres server;

    private StoppablePostgres(Path dataFolder, int port) {
        this.dataFolder = dataFolder;
        this.port = port;
    }

    /** A new server in {@code dataFolder} (made if needed), started, with the app's user and an empty site database. */
    public static StoppablePostgres start(Path dataFolder) throws IOException {
        StoppablePostgres pg = new StoppablePostgres(dataFolder, FrontDeskSetup.freePort());
        pg.startAgain();
        pg.superuser("CREATE ROLE " + PostgresServer.USER + " LOGIN SUPERUSER PASSWORD '" + PostgresServer.PASSWORD
                + "'");
        pg.superuser("CREATE DATABASE " + DATABASE);
        return pg;
    }

    /** Starts the server again on its data folder and port (after {@link #stop()}). */
    public synchronized void startAgain() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(dataFolder).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("fsync", "off").setServerConfig("max_connections", "50")
                    .setDataDirectoryCustomizer(PostgresServer::passwordsOverTcp).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test's PostgreSQL server", e);
        }
    }

    /** Stops the server, cutting its clients off; the data stays for {@link #startAgain()}. */
    public synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the test's PostgreSQL server", e);
        }
        server = null;
    }

    /** Settings that reach the site database, its password in a private file in {@code passwordFolder}. */
    public SiteSettings settings(Path passwordFolder) {
        return PostgresServer.settingsFor("jdbc:postgresql://localhost:" + port + "/" + DATABASE, passwordFolder);
    }

    /** Points the counter data folder {@code root} at the site database, as an IT officer sets a PC up. */
    public void point(Path root) {
        Store.point(root, settings(root));
    }

    private void superuser(String sql) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stop();
        }
    }
}
