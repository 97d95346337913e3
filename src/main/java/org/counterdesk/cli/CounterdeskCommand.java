package org.counterdesk.cli;

import picocli.CommandLine.Command;

/**
 * The top command. Its subcommands are listed here, and only here: a new command is one small
 * class (a {@code Callable<Integer>} with a {@code (CliContext)} constructor) added to this list.
 */
@Command(name = "counterdesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Administers the Counterdesk data folder (COUNTERDESK_HOME) from a terminal, "
                + "whether or not the app is open on it. Without a command, java -jar counterdesk.jar opens the app.",
        subcommands = {ExportCommand.class, AckCommand.class, ImportCommand.class, VerifyCommand.class, BackupCommand.class, RestoreCommand.class,
            ReportCommand.class, SiteCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:could not be done (the reason is on stderr; details in the log)",
            "2:wrong command line", "3:verify found a problem in the records"})
final class CounterdeskCommand extends CommandGroup {

    CounterdeskCommand() {
        super("Missing command");
    }
}
