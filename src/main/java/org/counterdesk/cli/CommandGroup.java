package org.counterdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only gathers subcommands ({@code counterdesk}, {@code report}, {@code site}):
 * run without one, it is a usage error (exit code 2) that says what is missing.
 */
abstract class CommandGroup implements Callable<Integer> {

    private final String missing;

    @Spec
    private CommandSpec spec;

    /** {@code missing} is the message when no subcommand is given, for example "Missing command". */
    CommandGroup(String missing) {
        this.missing = missing;
    }

    @Override
    public final Integer call() {
        throw new ParameterException(spec.commandLine(), missing);
    }
}
