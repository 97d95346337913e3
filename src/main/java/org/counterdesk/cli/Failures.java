package org.counterdesk.cli;

import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.UserFacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into one line on stderr: a refusal or storage problem in its own
 * words; anything else summarised, with the stack trace in the log file, never on the screen.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private final CliContext context;

    Failures(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName(" ");
        if (e instanceof UserFacing) {
            LOG.warn("{}: {}", name, e.getMessage(), e);
            context.err().println(name + ": " + firstLine(e.getMessage()));
            if (e instanceof ImportRefused refused) {
                // The reason is the first line; the file's problems follow so they can be fixed in one go.
                refused.problems().forEach(p -> context.err().println("  " + p));
            }
        } else {
            LOG.error("{} failed", name, e);
            context.err().println(name + ": failed unexpectedly (" + firstLine(String.valueOf(e)) + "); details are in "
                    + context.folder().logs().resolve("counterdesk.log"));
        }
        return ExitCodes.FAILED;
    }

    /** A wrong command line: the reason and where to look, on one line. */
    static int usage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName(" ") + ": " + firstLine(e.getMessage())
                + " (see " + command.getCommandSpec().qualifiedName(" ") + " --help)");
        return ExitCodes.USAGE;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
