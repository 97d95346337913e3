package org.counterdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.store.SiteSettings;

/**
 * The two databases a counter can run on, for tests that run on both: this PC's own H2 file,
 * or a site's PostgreSQL server (the embedded one of {@link PostgresServer}), configured as an
 * IT officer would, by a {@code counterdesk.properties} in the data folder.
 */
public enum Store {
    H2,
    POSTGRESQL;

    /** Opens {@code folder}'s database, making a fresh site database for it first if it has none. */
    public Database open(DataFolder folder) {
        if (this == H2) {
            return Database.open(folder.database());
        }
        if (!Files.exists(folder.root().resolve(DatabaseConfig.FILE_NAME))) {
            point(folder.root(), PostgresServer.freshDatabase(folder.root()));
        }
        DatabaseConfig config = DatabaseConfig.of(folder);
        if (!config.isSite()) {
            throw new IllegalStateException("the settings file did not make a site database");
        }
        return config.open();
    }

    /** A plain JDBC connection to {@code folder}'s database, as an insider with its address and user would open. */
    public Connection connect(DataFolder folder) throws SQLException {
        return this == H2 ? Database.connect(folder.database())
                : PostgresServer.connect(DatabaseConfig.of(folder).site());
    }

    /**
     * Copies a closed counter's data folder to {@code to}: the files, and (on PostgreSQL) its
     * database into a new one, which the copy's settings then name.
     */
    public void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (this == POSTGRESQL) {
            SiteSettings source = DatabaseConfig.of(new DataFolder(from)).site();
            point(to, PostgresServer.copyOf(source, to));
        }
    }

    /** Writes the data folder's settings file naming {@code site}, as an IT officer sets a PC up. */
    public static void point(Path root, SiteSettings site) {
        Properties p = new Properties();
        p.setProperty("db.url", site.url());
        p.setProperty("db.user", site.user());
        p.setProperty("db.password-file", site.passwordFile().toString());
        Path file = root.resolve(DatabaseConfig.FILE_NAME);
        try {
            PrivateFiles.createFolders(root);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "a test counter on the embedded PostgreSQL server");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
