package org.counterdesk.store;

import javax.sql.DataSource;
import org.counterdesk.common.Refused;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The app's numbered migrations ({@code db/migration}), applied by Flyway: all of them, or up to
 * a given version for a restore that loads a backup's rows at the version they were written at.
 * On a site's PostgreSQL server the same versions apply, PostgreSQL's own file standing in where
 * the SQL must differ ({@link VendorMigrations}).
 */
final class Migrations {

    /** The migrations: one set for both databases (H2's files, kept byte for byte as installs applied them). */
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** The stamp of this program's migration files, made once per process (a start needs it once). */
    private static volatile SchemaStamp stamp;

    /**
     * Migrates up to {@code target}, or fully if null; a target must be one of the app's own
     * versions. Fully: skipped when the database is already up to date ({@link SchemaStamp}), and
     * refused when it is newer than this program.
     */
    static void migrate(DataSource source, String target) {
        if (target != null) {
            refuseUnknown(flyway(source, null), target);
            flyway(source, target).migrate();
            return;
        }
        SchemaStamp ours = stamp();
        if (ours.check(source) == SchemaStamp.Verdict.UP_TO_DATE) {
            return;
        }
        flyway(source, null).migrate();
        ours.record(source);
    }

    private static SchemaStamp stamp() {
        SchemaStamp s = stamp;
        if (s == null) {
            s = SchemaStamp.ofClassPath();
            stamp = s;
        }
        return s;
    }

    /** The latest migration applied ("6"). */
    static String current(DataSource source) {
        MigrationInfo current = flyway(source, null).info().current();
        return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
    }

    private static Flyway flyway(DataSource source, String target) {
        var config = Flyway.configure().dataSource(source).locations(LOCATION);
        if (VendorMigrations.isPostgres(source)) {
            config = VendorMigrations.postgres(config);
        }
        return (target == null ? config : config.target(MigrationVersion.fromVersion(target))).load();
    }

    private static void refuseUnknown(Flyway flyway, String target) {
        MigrationVersion wanted = MigrationVersion.fromVersion(target);
        MigrationVersion latest = MigrationVersion.EMPTY;
        boolean known = false;
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getVersion() != null) {
                latest = m.getVersion().compareTo(latest) > 0 ? m.getVersion() : latest;
                known |= m.getVersion().equals(wanted);
            }
        }
        Refused.unless(wanted.compareTo(latest) <= 0, "its schema version " + target + " is newer than this version of "
                + "Counterdesk knows (up to " + latest + "): restore it with the version that made it, or a later one");
        Refused.unless(known, "its schema version " + target + " is not one this version of Counterdesk knows");
    }
}
