package org.counterdesk.cli;

import java.util.concurrent.Callable;
import org.counterdesk.audit.IntegrityReport;
import picocli.CommandLine.Command;

/** {@code verify}: the journal's hash chain, receipt and void numbering, closure grand totals. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks the journal's hash chain, that receipt and void numbers have no gaps or duplicates, "
                + "and that each day closure's grand total follows from the one before. Names the first problem "
                + "found (exit code 3). Changes nothing.")
final class VerifyCommand implements Callable<Integer> {

    private final CliContext context;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        IntegrityReport report = context.services().integrity().run();
        report.passed().forEach(context.out()::println);
        if (report.intact()) {
            return ExitCodes.OK;
        }
        context.err().println("verify: " + report.firstProblem().orElseThrow());
        return ExitCodes.INTEGRITY;
    }
}
