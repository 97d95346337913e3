package org.counterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.backup.BackupManifest;
import org.counterdesk.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: a backup into an empty data folder, then checked and journaled. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the backup FILE into the data folder (COUNTERDESK_HOME), which must be empty, "
                + "then verifies the restored records as verify does.")
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "a backup written by counterdesk backup")
    private Path file;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        BackupManifest manifest = Restore.into(file.toAbsolutePath(), context.folder());
        context.out().println("Restored " + file + " (made " + manifest.createdAt() + ") into " + context.folder().root());
        IntegrityReport report = context.services().integrity().run();
        report.passed().forEach(context.out()::println);
        if (!report.intact()) {
            context.err().println("restore: restored, but the check found a problem: " + report.firstProblem().orElseThrow());
            return ExitCodes.INTEGRITY;
        }
        context.services().backups().recordRestored(file.toAbsolutePath(), manifest, CliContext.ACTOR);
        return ExitCodes.OK;
    }
}
