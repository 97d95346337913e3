package org.counterdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a site's PostgreSQL server as the app's {@link Database}: connects once to say plainly
 * what is wrong (address, password, server down), then brings the schema up to date with the
 * same numbered migrations as the embedded database ({@link Migrations} picks PostgreSQL's own
 * files where the two differ). Every PC of the site opens it the same way: the server belongs
 * to none of them, so closing only lets go of this PC's connections.
 */
public final class SiteDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SiteDatabase.class);
    /** Connections kept per PC: the app's screens, its background jobs and a command or two. */
    private static final int MAX_CONNECTIONS = 8;

    private SiteDatabase() {
    }

    /**
     * Whether the site's database holds no records yet: no tables at all (in the user's schema),
     * or only the app's schema with no organisation, as a {@code site init} refused after the
     * migrations ran leaves it (its first run is one write, so nothing else is in there). The only
     * database {@code site init} prepares, so that it can never be pointed at a live site by mistake.
     */
    public static boolean isEmpty(SiteSettings settings) {
        try (Connection c = new SiteConnections(settings).open()) {
            long tables = count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
            return tables == 0 || (count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                    + "current_schema() AND table_name IN ('flyway_schema_history', 'organisation', 'journal')") == 3
                    && count(c, "SELECT (SELECT COUNT(*) FROM organisation) + (SELECT COUNT(*) FROM journal)") == 0);
        } catch (SQLException e) {
            throw SiteFailures.onConnecting(e, settings);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Connects, migrates and returns the site's database; refused with a plain message when it cannot be reached. */
    public static Database open(SiteSettings settings) {
        SiteConnections connections = new SiteConnections(settings);
        JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
        pool.setMaxConnections(MAX_CONNECTIONS);
        pool.setLoginTimeout((int) Math.max(1, settings.connectTimeout().toSeconds()));
        try (Connection first = pool.getConnection()) {
            first.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw SiteFailures.onConnecting(e, settings);
        } catch (RuntimeException e) { // the password file, worded already
            pool.dispose();
            throw e;
        }
        try {
            Migrations.migrate(pool, null);
        } catch (RuntimeException e) {
            pool.dispose();
            throw StorageException.of(e, "bring the site database at " + settings.where() + " up to date");
        }
        LOG.info("Site database open at {} as {}", settings.where(), settings.user());
        return Database.site(pool);
    }
}
