package org.counterdesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Which database this PC uses: with nothing set, the embedded H2 file in the data folder; a PC
 * of a site names its PostgreSQL server instead. The settings come from, first to last (the
 * first that sets a key wins): the environment ({@code COUNTERDESK_DB_URL}, {@code _USER},
 * {@code _PASSWORD_FILE}), {@code counterdesk.properties} in the data folder, then the
 * machine-wide {@code /etc/counterdesk/counterdesk.properties} the installer puts in place. A
 * properties file uses either the installer's keys ({@code db.url}, {@code db.user},
 * {@code db.password-file}) or the environment's names. The password itself is never a
 * setting: it sits alone in a private file. The same places may set the PC's terminal code
 * ({@code COUNTERDESK_TERMINAL}, {@code terminal}), which makes each PC of a site a counter of its own.
 */
public final class DatabaseConfig {

    /** The data folder's own settings file. */
    public static final String FILE_NAME = "counterdesk.properties";
    /** The settings shared by every user of a PC (made by the .deb). */
    public static final Path MACHINE_FILE = Path.of("/etc/counterdesk", FILE_NAME);

    static final Key URL = new Key("COUNTERDESK_DB_URL", "db.url");
    static final Key USER = new Key("COUNTERDESK_DB_USER", "db.user");
    static final Key PASSWORD_FILE = new Key("COUNTERDESK_DB_PASSWORD_FILE", "db.password-file");
    /** This PC's terminal code on a site (see {@code CounterSetup}). */
    static final Key TERMINAL = new Key("COUNTERDESK_TERMINAL", "terminal");

    /** How long to wait for the server to answer a connection, and for any one statement. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final DataFolder folder;
    private final SiteSettings site;
    private final Optional<String> terminal;

    private DatabaseConfig(DataFolder folder, SiteSettings site, Optional<String> terminal) {
        this.folder = folder;
        this.site = site;
        this.terminal = terminal;
    }

    /** The terminal code set for this PC, if any ({@code COUNTERDESK_TERMINAL}, or {@code terminal=} in a file). */
    public Optional<String> terminal() {
        return terminal;
    }

    /** One setting: its environment name and its name in the installer's properties file. */
    record Key(String env, String property) {
    }

    /** Where a value came from, so a message can send the IT officer to the right place. */
    record Value(String text, String source) {
    }

    /** The configuration for {@code folder}, from this process's environment and the two files. */
    public static DatabaseConfig of(DataFolder folder) {
        return of(folder, System.getenv(), MACHINE_FILE);
    }

    static DatabaseConfig of(DataFolder folder, Map<String, String> env, Path machineFile) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("the environment", env::get));
        fileSource(folder.root().resolve(FILE_NAME)).ifPresent(sources::add);
        fileSource(machineFile).ifPresent(sources::add);
        Optional<Value> url = find(sources, URL);
        Optional<Value> user = find(sources, USER);
        Optional<Value> password = find(sources, PASSWORD_FILE);
        Optional<String> terminal = find(sources, TERMINAL).map(Value::text);
        return new DatabaseConfig(folder, site(url, user, password), terminal);
    }

    /** The site's settings, or null for this PC's own database. */
    private static SiteSettings site(Optional<Value> url, Optional<Value> user, Optional<Value> password) {
        if (url.isEmpty()) {
            if (user.isPresent() || password.isPresent()) {
                throw new StorageException("A database user or password file is set (in "
                        + user.or(() -> password).orElseThrow().source() + ") but no database address: set "
                        + URL.env() + " (or " + URL.property() + ") too, or remove them to use this PC's own "
                        + "database.", null);
            }
            return null;
        }
        return SiteSettings.of(url.get(), user, password);
    }

    /** True when this PC uses a site's PostgreSQL server rather than its own file. */
    public boolean isSite() {
        return site != null;
    }

    /** The site's settings; only when {@link #isSite()}. */
    public SiteSettings site() {
        if (site == null) {
            throw new IllegalStateException("not a site database");
        }
        return site;
    }

    /** Opens the database as the app does ({@link Database#open(Path)} for this PC's own). */
    public Database open() {
        return isSite() ? SiteDatabase.open(site) : Database.open(folder.database());
    }

    /** Opens the database for a command ({@link Database#openShared(Path)} for this PC's own). */
    public Database openShared() {
        return isSite() ? SiteDatabase.open(site) : Database.openShared(folder.database());
    }

    /** Whether there is a database to open: this PC's file, or (for a site) always, the server being asked on opening. */
    public boolean exists() {
        return isSite() || Database.exists(folder.database());
    }

    /** Where the database is, for messages and the log ("the site database ... at host:5432/counterdesk"). */
    public String describe() {
        return isSite() ? "the site database " + site.where() : "the database in " + folder.database();
    }

    private static Optional<Value> find(List<Source> sources, Key key) {
        for (Source s : sources) {
            for (String name : new String[] {key.env(), key.property()}) {
                String v = s.lookup().get(name);
                if (v != null && !v.isBlank()) {
                    return Optional.of(new Value(v.strip(), s.name() + " (" + name + ")"));
                }
            }
        }
        return Optional.empty();
    }

    private record Source(String name, Lookup lookup) {
    }

    @FunctionalInterface
    private interface Lookup {
        String get(String key);
    }

    /** A properties file, if there is one; one that cannot be read is refused by name. */
    private static Optional<Source> fileSource(Path file) {
        if (!Files.isRegularFile(file)) {
            if (Files.isDirectory(file.getParent()) && !Files.isExecutable(file.getParent())) {
                // A site PC's user left out of the group counterdesk would quietly get a database of their own.
                LoggerFactory.getLogger(DatabaseConfig.class).warn("Cannot look into {}: this user is not allowed to "
                        + "read a site's settings there (a member of the group counterdesk may); using this PC's own "
                        + "database unless the environment or the data folder names a site", file.getParent());
            }
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException("Could not read the settings file " + file + ": " + e.getMessage()
                    + ". Check that this user may read it (a site's PCs: a member of the group counterdesk).", e);
        }
        return Optional.of(new Source(file.toString(), p::getProperty));
    }
}
