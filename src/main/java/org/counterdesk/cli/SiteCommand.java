package org.counterdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.counterdesk.common.Refused;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.store.DatabaseConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code site}: commands for a site's shared PostgreSQL database. */
@Command(name = "site", mixinStandardHelpOptions = true, subcommands = SiteCommand.Init.class,
        description = "Administers a site's shared PostgreSQL database (the one this PC's settings name).")
final class SiteCommand extends CommandGroup {

    SiteCommand() {
        super("Missing command (site init)");
    }

    /**
     * {@code site init}: prepares an empty site database. The administrator's PIN is asked twice
     * without echo (or read from {@code COUNTERDESK_PIN} when no one is at a terminal), never an
     * argument, so it stays out of the shell's history.
     */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Prepares an empty PostgreSQL database for a site: the schema, the organisation, its first "
                    + "terminal and administrator, and the fee schedule. Refuses a database that is not empty.")
    static final class Init implements Callable<Integer> {

        private final CliContext context;

        @Option(names = "--name", required = true, description = "the organisation's name, as on tax invoices")
        private String name;
        @Option(names = "--abn", required = true, description = "the organisation's ABN")
        private String abn;
        @Option(names = "--address", required = true, description = "the organisation's address, as on tax invoices")
        private String address;
        @Option(names = "--time-zone", defaultValue = "Australia/Melbourne",
                description = "the organisation's time zone (default: ${DEFAULT-VALUE})")
        private String timeZone;
        @Option(names = "--terminal", defaultValue = "CD01",
                description = "the first counter's terminal code (default: ${DEFAULT-VALUE}); other PCs join with theirs")
        private String terminal;
        @Option(names = "--admin-number", required = true, description = "the first administrator's staff number")
        private String adminNumber;
        @Option(names = "--admin-name", required = true, description = "the first administrator's name")
        private String adminName;
        @Option(names = "--fees", required = true, paramLabel = "FILE",
                description = "the fee schedule to import (JSON, as the app's first run takes)")
        private Path fees;

        Init(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            DatabaseConfig site = SiteInit.emptySite(context.folder());
            ZoneId zone;
            try {
                zone = ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                throw new Refused("'" + timeZone + "' is not a time zone: use a name like Australia/Melbourne.");
            }
            FirstRun.OrganisationForm form = new FirstRun.OrganisationForm(name, abn, address, zone, terminal,
                    adminNumber, adminName, pin());
            SiteInit.run(context.folder(), site, form, fees, context.clock());
            context.out().println("Set up " + site.describe() + ": terminal "
                    + terminal.strip().toUpperCase(java.util.Locale.ROOT) + ", administrator " + adminNumber.strip()
                    + ". Start each counter PC with its own COUNTERDESK_TERMINAL (or terminal= in counterdesk.properties).");
            return ExitCodes.OK;
        }

        private String pin() {
            String fromEnvironment = System.getenv(SignedIn.PIN_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment;
            }
            Console console = System.console();
            Refused.unless(console != null, "No PIN for the administrator: run this at a terminal to be asked for it, "
                    + "or set " + SignedIn.PIN_VARIABLE + ".");
            char[] first = console.readPassword("New PIN for %s (4 to 8 digits): ", adminNumber);
            char[] again = console.readPassword("The same PIN again: ");
            Refused.unless(first != null && first.length > 0, "No PIN was typed.");
            Refused.unless(Arrays.equals(first, again), "The two PINs differ: nothing was set up.");
            return new String(first);
        }
    }
}
