package org.counterdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.counterdesk.banking.DayClosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report day DATE --pdf FILE}: the day report of a closed business day. */
@Command(name = "day", mixinStandardHelpOptions = true,
        description = "Writes the day report of this terminal's closed business day DATE (YYYY-MM-DD) as a PDF. "
                + "A day that is not closed yet has no day report: the command refuses it.")
final class DayReportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "DATE", description = "the business date, for example 2026-11-23")
    private LocalDate date;

    @Option(names = "--pdf", paramLabel = "FILE", required = true, description = "the PDF file to write")
    private Path pdf;

    DayReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        DayClosure z = context.services().bankingRoom().dayReports()
                .write(date, pdf.toAbsolutePath(), CliContext.ACTOR);
        context.out().println("Day report " + z.closureNo() + " of " + date + " written to " + pdf.toAbsolutePath()
                + " (grand total " + z.grandTotal().format() + ")");
        return ExitCodes.OK;
    }
}
