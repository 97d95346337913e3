package org.counterdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.concurrent.atomic.AtomicBoolean;
import org.counterdesk.money.Money;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file database, reached through JDBI, its schema brought up to date by the
 * numbered migrations in {@code db/migration}. Commits are written straight to the file
 * ({@code WRITE_DELAY=0}); {@link #forceToDisk()} also makes them survive a power cut.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String FILE_NAME = "counterdesk";
    private static final long COMPACT_ABOVE_BYTES = 32L * 1024 * 1024;

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new MoneyArgumentFactory());
        jdbi.registerColumnMapper(Money.class, (rs, column, ctx) -> {
            long cents = rs.getLong(column);
            return rs.wasNull() ? null : Money.ofCents(cents);
        });
    }

    /** Opens (creating if needed) the database in {@code folder} and applies any new migrations. */
    public static Database open(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        compactIfBloated(folder, url);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "counterdesk", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw translate(e, "open the database");
        }
        LOG.info("Database open at {}", folder);
        return new Database(pool);
    }

    /**
     * With {@code WRITE_DELAY=0} H2 writes a new chunk per commit and compacts only when the
     * database is closed cleanly. After a kill or power cut the file may have grown by tens of
     * kilobytes per receipt (measured by the bench harness), so a large file is compacted
     * before use.
     */
    private static void compactIfBloated(Path folder, String url) {
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        try {
            if (!Files.exists(file) || Files.size(file) < COMPACT_ABOVE_BYTES) {
                return;
            }
            long before = Files.size(file);
            long started = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, "counterdesk", "");
                 Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Compacted the database from {} to {} bytes in {} ms", before, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            throw translate(e, "open the database");
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Forces everything committed so far onto the disk itself, not just into the operating
     * system's cache. Called before a receipt is handed over.
     */
    public void forceToDisk() {
        try {
            jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
        } catch (RuntimeException e) {
            throw translate(e, "save to disk");
        }
    }

    /**
     * Closes the database, compacting the file so it does not grow without bound. Safe to call
     * more than once (the app's stop and the shutdown hook may both call it).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Database did not shut down cleanly", e);
        } finally {
            pool.dispose();
        }
    }

    /**
     * Turns a database failure into a message for the counter: what could not be done, why in
     * plain words, and that nothing was saved.
     */
    public static StorageException translate(Throwable failure, String doing) {
        SQLException sql = findSql(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        String text = String.valueOf(failure.getMessage()) + (sql == null ? "" : sql.getMessage());
        String why;
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            why = "Counterdesk is already running on this PC (the database is open in another window)";
        } else if (text.contains("No space left") || text.contains("disk full")) {
            why = "the disk is full";
        } else if (code == ErrorCode.LOCK_TIMEOUT_1 || code == ErrorCode.DEADLOCK_1) {
            why = "the database is busy";
        } else if (code == ErrorCode.FILE_CORRUPTED_1) {
            why = "the database file is damaged: restore the latest backup";
        } else {
            why = "the database reported a problem (details are in the log)";
        }
        LOG.error("Could not {}: {}", doing, why, failure);
        return new StorageException("Could not " + doing + ": " + why + ".", failure);
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** Binds {@link Money} as its whole cents. */
    private static final class MoneyArgumentFactory extends AbstractArgumentFactory<Money> {
        MoneyArgumentFactory() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Money value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setLong(position, value.cents());
        }
    }
}
