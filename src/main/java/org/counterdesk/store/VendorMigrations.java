package org.counterdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.scanner.LocationScannerCache;
import org.flywaydb.core.internal.scanner.ResourceNameCache;
import org.flywaydb.core.internal.scanner.Scanner;

/**
 * PostgreSQL's migrations: every file of {@code db/migration} (portable SQL, and the Java
 * migration), except where {@code db/postgresql} has a file of the same version, which stands in
 * for it (V8: the guard on posted records is a plpgsql trigger there, a Java trigger in H2). So a
 * migration added later runs on both unless it needs a PostgreSQL file of its own, and H2's
 * files stay byte for byte what existing installs applied (Flyway checks their checksums).
 */
final class VendorMigrations {

    static final String POSTGRES_LOCATION = "classpath:db/postgresql";
    private static final String POSTGRES_FOLDER = "db/postgresql/";

    private VendorMigrations() {
    }

    /** Whether {@code source} is a PostgreSQL server. */
    static boolean isPostgres(DataSource source) {
        try (Connection c = source.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw StorageException.of(e, "read the database's schema version");
        }
    }

    /** {@code config} reading both folders, PostgreSQL's files replacing the shared ones of the same version. */
    static FluentConfiguration postgres(FluentConfiguration config) {
        FluentConfiguration both = config.locations(Migrations.LOCATION, POSTGRES_LOCATION);
        Scanner<JavaMigration> scanner = new Scanner<>(JavaMigration.class, false, new ResourceNameCache(),
                new LocationScannerCache(), both);
        return both.resourceProvider(new Preferring(scanner));
    }

    /** "V8" of "V8__posted_records_refuse_change.sql": what two files of the same migration share. */
    static String versionOf(String fileName) {
        int end = fileName.indexOf("__");
        return end < 0 ? fileName : fileName.substring(0, end);
    }

    /** The scanned files, PostgreSQL's own in place of the shared ones with their version. */
    private record Preferring(ResourceProvider all) implements ResourceProvider {
        @Override
        public LoadableResource getResource(String name) {
            return all.getResource(name);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            Collection<LoadableResource> found = all.getResources(prefix, suffixes);
            Set<String> replaced = found.stream().filter(VendorMigrations::isPostgresOwn)
                    .map(r -> versionOf(r.getFilename())).collect(Collectors.toSet());
            List<LoadableResource> kept = found.stream()
                    .filter(r -> isPostgresOwn(r) || !replaced.contains(versionOf(r.getFilename()))).toList();
            return kept;
        }
    }

    private static boolean isPostgresOwn(LoadableResource r) {
        return r.getAbsolutePath().replace('\\', '/').startsWith(POSTGRES_FOLDER);
    }
}
