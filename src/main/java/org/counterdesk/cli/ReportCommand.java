package org.counterdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code report}: the reports the command line can write; each kind is a subcommand. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Writes a report to a file.",
        subcommands = {DayReportCommand.class})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing report kind (day)");
    }
}
