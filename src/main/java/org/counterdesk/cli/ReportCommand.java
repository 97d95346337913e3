package org.counterdesk.cli;

import picocli.CommandLine.Command;

/** {@code report}: the reports the command line can write; each kind is a subcommand. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes a report to a file.",
        subcommands = {DayReportCommand.class})
final class ReportCommand extends CommandGroup {

    ReportCommand() {
        super("Missing report kind (day)");
    }
}
