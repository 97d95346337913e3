package org.counterdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.h2.api.ErrorCode;
import org.h2.engine.SessionRemote;
import org.h2.jdbc.JdbcConnection;
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
 * ({@code WRITE_DELAY=0}); {@link #forceToDisk()} also makes them survive a power cut. A site's
 * PostgreSQL server is opened into this same class by {@link SiteDatabase} ({@link DatabaseConfig}
 * says which one a PC uses).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String FILE_NAME = "counterdesk";
    private static final long COMPACT_ABOVE_BYTES = 32L * 1024 * 1024;
    private static final String USER = "counterdesk";
    private static final Duration WAIT_FOR_COMMAND = Duration.ofSeconds(10);
    /**
     * Every commit written to the file at once; room for the parsed form of every statement a post
     * runs (H2 keeps 8 per connection by default, fewer than a post uses, so each was parsed again).
     */
    private static final String H2_SETTINGS = ";WRITE_DELAY=0;QUERY_CACHE_SIZE=64";

    /** Who opened the database: the app owns it; a command-line job shares it; a site's server belongs to no PC. */
    private enum Mode { OWNER, SHARED, SITE }

    static {
        // The automatic mixed mode's server is for processes on this PC only (the command
        // line): listen on the loopback address, not the network. Set before H2 reads it.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Mode mode;
    private final Path folder;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ChunkReuse reuse;
    private final ChunkCompactor compactor;

    /** A site's PostgreSQL server, through a pool of its connections ({@link SiteDatabase}). */
    static Database site(JdbcConnectionPool pool) {
        return new Database(pool, Mode.SITE, null, null);
    }

    private Database(JdbcConnectionPool pool, Mode mode, Path folder, ChunkReuse reuse) {
        this.pool = pool;
        this.mode = mode;
        this.folder = folder;
        this.reuse = reuse;
        this.compactor = reuse == null ? null : new ChunkCompactor(reuse.store(), this::forceToDisk);
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new MoneyArgumentFactory());
        jdbi.registerColumnMapper(Money.class, (rs, column, ctx) -> {
            long cents = rs.getLong(column);
            return rs.wasNull() ? null : Money.ofCents(cents);
        });
    }

    /**
     * Opens (creating if needed) the database in {@code folder} as its owner (the app) and
     * applies any new migrations. The owner serves the file to other processes (H2's automatic
     * mixed mode, so the command line can work while the app is open), compacts it on close,
     * and refuses to open a file that another process already owns.
     */
    public static Database open(Path folder) {
        return open(folder, WAIT_FOR_COMMAND);
    }

    /**
     * As {@link #open(Path)}, waiting up to {@code patience} for a command that has the file to
     * itself (a backup, an export) to finish, so that starting the app during one just takes a
     * moment longer instead of failing.
     */
    static Database open(Path folder, Duration patience) {
        String url = url(folder, false);
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                compactIfBloated(folder, url);
                return start(url, Mode.OWNER, folder);
            } catch (HeldElsewhere e) {
                if (System.nanoTime() >= deadline) {
                    LOG.warn(e.getMessage());
                    throw e;
                }
                LOG.info("Waiting for the program that has the database open to finish");
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Stopped while waiting for the database.", e);
        }
    }

    /** Another process serves the file; the app does not join it as a guest. */
    private static final class HeldElsewhere extends StorageException {
        private static final long serialVersionUID = 1L;

        HeldElsewhere() {
            // The app's instance lock turns away a second app first, so this is most often a command.
            super("Could not open the database: another program on this PC has it open (Counterdesk in another "
                    + "window, or a counterdesk command still running). Try again when it has finished.", null);
        }
    }

    /**
     * Opens an existing database in {@code folder} for a short job (the command line): joins
     * the process that has it open if there is one, or opens the file itself if not. Closing
     * it only lets go of its connections: it never shuts down or compacts a database that
     * another process is using.
     */
    public static Database openShared(Path folder) {
        if (!exists(folder)) {
            throw new StorageException("There is no Counterdesk database in " + folder + ".", null);
        }
        return start(url(folder, true), Mode.SHARED, folder);
    }

    /** True when {@code folder} holds a Counterdesk database file. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME + ".mv.db"));
    }

    /**
     * The JDBC address of the database in {@code folder}. Every process uses the same settings:
     * {@code AUTO_SERVER} lets the first one serve the file to the others. H2 does not allow it
     * with {@code DB_CLOSE_ON_EXIT=FALSE}, so H2's own exit hook also closes the file when the
     * process ends without the app's orderly close.
     */
    static String url(Path folder, boolean mustExist) {
        return "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath()
                + H2_SETTINGS + ";AUTO_SERVER=TRUE" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /**
     * A plain JDBC connection to the database in {@code folder} (created if missing), with the
     * install's password from its key file ({@link DatabaseKey}): the one way for tools and
     * tests that need raw SQL to connect. The app uses {@link #open} and {@link #openShared}.
     */
    public static Connection connect(Path folder) throws SQLException {
        String key = DatabaseKey.readOrCreate(folder);
        String url = url(folder, false);
        return DatabaseKey.withKey(() -> DriverManager.getConnection(url, USER, key), url, USER, key);
    }

    private static Database start(String url, Mode mode, Path folder) {
        return start(url, mode, folder, null);
    }

    /** Opens the database; migrates it (when this process has the file itself) up to {@code target}, or fully if null. */
    private static Database start(String url, Mode mode, Path folder, String target) {
        String key = DatabaseKey.readOrCreate(folder);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, key);
        pool.setMaxConnections(8);
        ChunkReuse reuse = null;
        // Held while migrating, so the database stays open (and owned) throughout.
        try (Connection first = DatabaseKey.withKey(pool::getConnection, url, USER, key)) {
            PrivateFiles.tightenQuietly(folder); // H2 made its lock file (with the server's key) with the umask
            boolean joined = isRemote(first);
            if (joined && mode == Mode.OWNER) {
                throw new HeldElsewhere();
            }
            if (!joined) {
                Migrations.migrate(pool, target);
            }
            if (!joined && mode == Mode.OWNER) {
                reuse = ChunkReuse.attach(first);
            }
            LOG.info("Database open at {} ({}{})", folder, mode, joined ? ", joined the process that has it open" : "");
            StorageException.databaseIn(folder);
        } catch (StorageException | Refused e) { // already worded: held elsewhere, a key that does not fit
            pool.dispose();
            throw e;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw StorageException.of(e, "open the database");
        }
        return new Database(pool, mode, folder, reuse);
    }

    /**
     * Creates a new database in {@code folder}, which must hold none, migrated only up to
     * {@code schemaVersion} (a backup's rows are loaded at the version they were written at;
     * {@link #migrate()} then brings the copy up to date). Refused for a version this program
     * does not have.
     */
    public static Database createAt(Path folder, String schemaVersion) {
        Refused.unless(!exists(folder), "There is already a database in " + folder + ".");
        return start(url(folder, false), Mode.OWNER, folder, schemaVersion);
    }

    /** Applies the migrations not applied yet. */
    public void migrate() {
        Migrations.migrate(pool, null);
    }

    /** The latest migration applied to this database ("6"), as backups record it. */
    public String schemaVersion() {
        return Migrations.current(pool);
    }

    /** A connection through another process's server, rather than to the file itself. */
    private static boolean isRemote(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession() instanceof SessionRemote;
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
            String key = DatabaseKey.readOrCreate(folder);
            try (Connection c = DatabaseKey.withKey(() -> DriverManager.getConnection(url, USER, key), url, USER, key);
                 Statement s = c.createStatement()) {
                if (isRemote(c)) {
                    return; // another process has it open: never compact under it (start() refuses)
                }
                s.execute("SHUTDOWN COMPACT");
            }
            LOG.info("Compacted the database from {} to {} bytes in {} ms", before, Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            throw StorageException.of(e, "open the database");
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
        if (mode == Mode.SITE) {
            return; // the server has it on disk when the commit returns (synchronous_commit, set per session)
        }
        try {
            if (reuse == null) {
                checkpointSync();
            } else {
                reuse.sync(this::checkpointSync);
                compactor.committed();
            }
        } catch (RuntimeException e) {
            throw StorageException.of(e, "save to disk");
        }
    }

    private void checkpointSync() {
        jdbi.useHandle(h -> h.execute("CHECKPOINT SYNC"));
    }

    /**
     * Closes the database, compacting the file so it does not grow without bound. Safe to call
     * more than once (the app's stop and the shutdown hook may both call it). A shared database
     * only lets go of its connections: when it was the only user, that closes the file cleanly.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (mode != Mode.OWNER) {
            pool.dispose();
            return;
        }
        if (compactor != null) {
            compactor.close();
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            if (reuse != null) {
                reuse.release();
            }
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                // Stopped by a signal (a log-out, a shutdown): H2's own exit hook closed the file first.
                LOG.info("The database was closed by H2's exit hook before the app's own close (not compacted this time)");
            } else {
                LOG.warn("Database did not shut down cleanly", e);
            }
        } finally {
            pool.dispose();
            // Compaction writes a new file, made with the process umask.
            PrivateFiles.tightenQuietly(folder);
        }
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
