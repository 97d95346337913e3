package org.counterdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.counterdesk.app.AppServices;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Refused;
import org.counterdesk.fees.FeeScheduleReader;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.SiteDatabase;

/**
 * Prepares a new site: an empty PostgreSQL database gets the schema (the app's migrations), the
 * organisation, its first terminal and administrator, and the fee schedule, through the same
 * checks and the same single write as the app's first run. Refuses a PC that names no site
 * database, and a database that holds anything, so it can never overwrite a site in use.
 */
final class SiteInit {

    private SiteInit() {
    }

    /** Refuses unless {@code folder}'s settings name a site database with nothing in it yet. */
    static DatabaseConfig emptySite(DataFolder folder) {
        DatabaseConfig config = DatabaseConfig.of(folder);
        Refused.unless(config.isSite(), "site init prepares a site's PostgreSQL database, and this PC names none: set "
                + "COUNTERDESK_DB_URL, COUNTERDESK_DB_USER and COUNTERDESK_DB_PASSWORD_FILE (or db.url, db.user and "
                + "db.password-file in " + folder.root().resolve(DatabaseConfig.FILE_NAME) + ") first.");
        Refused.unless(SiteDatabase.isEmpty(config.site()), config.describe() + " is not empty: site init only "
                + "prepares a new, empty database (a PC joins a site that is already set up just by starting with its "
                + "terminal code).");
        return config;
    }

    /** Checks the fee file, then migrates the empty site database and writes the first run into it. */
    static void run(DataFolder folder, DatabaseConfig site, FirstRun.OrganisationForm form, Path feeFile, Clock clock) {
        check(feeFile);
        try (AppServices services = AppServices.of(folder, site.open(), clock)) {
            services.setupRoom().firstRun().setUp(form, feeFile);
        }
    }

    /** The fee file passes the import's reading step and rules before the empty database is touched. */
    private static void check(Path file) {
        Refused.unless(Files.isRegularFile(file), "There is no fee schedule file at " + file + ".");
        try {
            new FeeScheduleReader().read(InboundFile.read(file, FeeScheduleReader.FILE));
        } catch (ImportRefused e) {
            List<String> problems = e.problems();
            throw new Refused("The fee schedule " + file + " was refused, so nothing was set up: "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : ""));
        }
    }
}
