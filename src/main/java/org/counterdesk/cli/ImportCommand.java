package org.counterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterdesk.exchange.masterdata.ImportResult;
import org.counterdesk.exchange.masterdata.MasterDataImports;
import org.counterdesk.staff.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code import fees|staff|drawers FILE}: master data from head office, checked in full
 * against its published schema and rules before anything changes, then applied and journaled.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports master data from FILE (JSON): the fee schedule (fees), the staff directory with "
                + "business units and contacts (staff) or the drawers (drawers).",
            "The whole file is checked first; a bad file changes nothing and every problem is named. "
                + "Needs an administrator."})
final class ImportCommand implements Callable<Integer> {

    /** What can be imported. */
    enum Kind { fees, staff, drawers }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KIND", description = "fees, staff or drawers")
    private Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "the JSON file to import")
    private Path file;

    @Mixin
    private SignedIn signedIn;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Actor actor = signedIn.actor(context);
        MasterDataImports imports = context.services().exchangeRoom().masterData();
        Path path = file.toAbsolutePath();
        ImportResult result = switch (kind) {
            case fees -> imports.importFees(actor, path);
            case staff -> imports.importStaff(actor, path);
            case drawers -> imports.importDrawers(actor, path);
        };
        context.out().println(result.summary());
        return ExitCodes.OK;
    }
}
