package org.counterdesk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.counterdesk.app.AppServices;
import org.counterdesk.common.Refused;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.DatabaseConfig;

/**
 * What a command works with: the data folder, the clock, stdout and stderr, and the app's
 * services on the folder's database, opened when first asked for (shared with the app if it
 * is open, never shut down under it) and closed when the command ends.
 */
public final class CliContext implements AutoCloseable {

    /** Who the journal names for what the command line does: no one signs in to it. */
    public static final String ACTOR = "CLI";

    private final DataFolder folder;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private AppServices services;

    CliContext(DataFolder folder, Clock clock, PrintWriter out, PrintWriter err) {
        this.folder = folder;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    public DataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Where a long command reports how far it has got. */
    @FunctionalInterface
    public interface Steps {
        void step(long done, long total, String what);
    }

    /** A percentage on stderr when a person is watching at a terminal; nothing when a script runs the command. */
    public Steps progress() {
        if (System.console() == null) {
            return (done, total, what) -> { };
        }
        return (done, total, what) -> err.print("\r" + what + ": " + (total == 0 ? 100 : done * 100 / total) + "%   "
                + (done >= total ? System.lineSeparator() : ""));
    }

    /** The services on the folder's database; refuses a folder with no database or one never set up. */
    public AppServices services() {
        if (services == null) {
            DatabaseConfig database = DatabaseConfig.of(folder);
            Refused.unless(database.exists(), "There is no Counterdesk database in " + folder.root()
                    + ": set COUNTERDESK_HOME to the app's data folder (or restore a backup into this one).");
            services = AppServices.of(folder, database.openShared(), clock);
            Refused.unless(services.counter().isSetUp(), "The Counterdesk database in " + folder.root()
                    + " has not been set up yet: open the app once to set it up.");
        }
        return services;
    }

    /** Refuses a command that works on a PC's own database file only (backup, restore) when this PC uses a site's. */
    void refuseOnSite(String command) {
        Refused.unless(!DatabaseConfig.of(folder).isSite(), "This PC uses a site database: " + command + " is for a PC's "
                + "own database. A site's server is backed up and restored with PostgreSQL's own tools (pg_dump, "
                + "pg_restore), then checked with counterdesk verify.");
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
