package org.counterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterdesk.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: a backup into an empty data folder, checked before it is put in place, then journaled. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the backup FILE into the data folder (COUNTERDESK_HOME), which must be empty. "
                + "The backup's rows are loaded into a new database and verified as verify does before it is put "
                + "in place; a backup that fails is refused and nothing is left behind.")
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "a backup written by counterdesk backup")
    private Path file;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.refuseOnSite("restore");
        Restore.Restored restored = Restore.into(file.toAbsolutePath(), context.folder());
        context.out().println("Restored " + file + " (made " + restored.manifest().createdAt() + ") into "
                + context.folder().root());
        restored.check().passed().forEach(context.out()::println);
        context.services().backupRoom().backups().recordRestored(file.toAbsolutePath(), restored.manifest(),
                restored.sha256(), CliContext.ACTOR);
        return ExitCodes.OK;
    }
}
