package org.counterdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a start skip Flyway when the database is already up to date: Flyway's class path scan,
 * validation and lock took about a third of opening the database (issue 14, JFR). The skip needs
 * both Flyway's history at this program's latest version and V12's {@code schema_stamp} holding
 * the fingerprint of this program's migration files (names and contents), so a new, older or
 * differently migrated database still goes through Flyway. A database newer than this program is
 * refused by name, whether or not Flyway would run.
 */
record SchemaStamp(String fingerprint, Version latest) {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaStamp.class);
    /** The class path folders Flyway reads ({@link Migrations#LOCATION}, {@link VendorMigrations#POSTGRES_LOCATION}). */
    static final List<String> FOLDERS = List.of("db/migration", "db/postgresql");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*");
    private static final String HISTORY = "flyway_schema_history";
    private static final String TABLE = "schema_stamp";

    /** What the start does with the database. */
    enum Verdict { UP_TO_DATE, MIGRATE }

    /** The stamp of the migration files on this program's class path. */
    static SchemaStamp ofClassPath() {
        return of(files(SchemaStamp.class.getClassLoader()));
    }

    /** The stamp of {@code files} (path under the class path, content). */
    static SchemaStamp of(Map<String, byte[]> files) {
        MessageDigest sha = sha256();
        Version latest = Version.NONE;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            sha.update((f.getKey() + '\0' + f.getValue().length + '\0').getBytes(StandardCharsets.UTF_8));
            sha.update(f.getValue());
            Optional<Version> v = Version.ofFileName(f.getKey().substring(f.getKey().lastIndexOf('/') + 1));
            if (v.isPresent() && v.get().compareTo(latest) > 0) {
                latest = v.get();
            }
        }
        return new SchemaStamp(HexFormat.of().formatHex(sha.digest()), latest);
    }

    /**
     * Whether {@code source} is at this program's latest version with this stamp; refuses a
     * database whose history is ahead of this program.
     */
    Verdict check(DataSource source) {
        try (Connection c = source.getConnection()) {
            return check(c);
        } catch (SQLException e) {
            throw StorageException.of(e, "read the database's schema version");
        }
    }

    /** As {@link #check(DataSource)}, on {@code c}. */
    Verdict check(Connection c) throws SQLException {
        if (latest.parts().isEmpty() || !hasTable(c, HISTORY)) {
            return Verdict.MIGRATE;
        }
        Version applied = Version.NONE;
        boolean failed = false;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"")) {
            while (rs.next()) {
                Version v = rs.getString(1) == null ? Version.NONE : Version.parse(rs.getString(1));
                applied = v.compareTo(applied) > 0 ? v : applied;
                failed |= !rs.getBoolean(2);
            }
        }
        if (applied.compareTo(latest) > 0) {
            throw new StorageException("This database was brought up to date by a newer version of Counterdesk "
                    + "(its schema is at version " + applied.text() + "; this version knows up to " + latest.text()
                    + "). Start the newer version, or ask your IT officer to install it on this PC.", null);
        }
        boolean current = !failed && applied.compareTo(latest) == 0 && hasTable(c, TABLE)
                && fingerprint.equals(recorded(c));
        return current ? Verdict.UP_TO_DATE : Verdict.MIGRATE;
    }

    /**
     * Records this stamp after a full migration. Only a shortcut rides on it: failing to record
     * it (two site PCs migrating at once) only means the next start asks Flyway again.
     */
    void record(DataSource source) {
        try (Connection c = source.getConnection()) {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + TABLE + " SET fingerprint = ? WHERE id = 1")) {
                u.setString(1, fingerprint);
                if (u.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE + " (id, fingerprint) VALUES (1, ?)")) {
                i.setString(1, fingerprint);
                i.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.warn("Could not record the schema stamp; the next start checks the migrations again: {}", e.toString());
        }
    }

    private static String recorded(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint FROM " + TABLE + " WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String spelling : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, c.getSchema(), spelling, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every file under {@link #FOLDERS} on the class path, by path, in name order. */
    static Map<String, byte[]> files(ClassLoader loader) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (String folder : FOLDERS) {
                Enumeration<URL> roots = loader.getResources(folder);
                while (roots.hasMoreElements()) {
                    read(roots.nextElement(), folder, files);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("could not list the migrations: " + e.getMessage(), e));
        }
        return files;
    }

    private static void read(URL root, String folder, Map<String, byte[]> into) throws IOException, URISyntaxException {
        if ("file".equals(root.getProtocol())) {
            Path dir = Path.of(root.toURI());
            List<Path> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(found::add);
            }
            for (Path p : found) {
                into.merge(folder + "/" + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p),
                        SchemaStamp::both);
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (!e.isDirectory() && e.getName().startsWith(folder + "/")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            into.merge(e.getName(), in.readAllBytes(), SchemaStamp::both);
                        }
                    }
                }
            }
        } else {
            // Unknown to this reader: a stamp that can never match, so Flyway always runs.
            into.put(folder + "/?" + root, new byte[0]);
        }
    }

    private static byte[] both(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A migration version ("10.1"), compared part by part as numbers, as Flyway does. */
    record Version(List<Long> parts) implements Comparable<Version> {
        static final Version NONE = new Version(List.of());

        static Optional<Version> ofFileName(String name) {
            Matcher m = VERSIONED.matcher(name);
            return m.matches() ? Optional.of(parse(m.group(1))) : Optional.empty();
        }

        static Version parse(String text) {
            List<Long> parts = new ArrayList<>();
            for (String p : text.split("[._]")) {
                parts.add(Long.parseLong(p));
            }
            return new Version(List.copyOf(parts));
        }

        String text() {
            return parts.isEmpty() ? "0" : String.join(".", parts.stream().map(String::valueOf).toList());
        }

        @Override
        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
                int c = Long.compare(i < parts.size() ? parts.get(i) : 0, i < o.parts.size() ? o.parts.get(i) : 0);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
