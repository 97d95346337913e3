package org.counterdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.time.Clock;
import org.counterdesk.store.DataFolder;
import picocli.CommandLine;

/**
 * The administrator's command line: {@code java -jar counterdesk.jar <command>}. Runs without
 * a window on the same data folder and services as the app, whether or not the app is open.
 * Exit codes are in {@link ExitCodes}; a failure is one line on stderr, its details in the log.
 */
public final class Cli {

    private Cli() {
    }

    /** Runs the command {@code args} names against the data folder of the environment; returns the exit code. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, DataFolder.fromEnvironment(), Clock.systemDefaultZone(), out, err);
    }

    static int run(String[] args, DataFolder folder, Clock clock, PrintWriter out, PrintWriter err) {
        try (CliContext context = new CliContext(folder, clock, out, err)) {
            return commandLine(context).execute(args);
        }
    }

    /** The command tree, each command built with the context it works in. */
    static CommandLine commandLine(CliContext context) {
        CommandLine cli = new CommandLine(new CounterdeskCommand(), new ContextFactory(context));
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setExecutionExceptionHandler(new Failures(context));
        cli.setParameterExceptionHandler(Failures::usage);
        return cli;
    }

    /** Gives each command class with a {@code (CliContext)} constructor the context; others are built as usual. */
    private record ContextFactory(CliContext context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var constructor = cls.getDeclaredConstructor(CliContext.class);
                constructor.setAccessible(true);
                return constructor.newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
