package org.counterdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterdesk.backup.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup FILE}: a consistent online backup, written safely and journaled. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent backup of the database to FILE (a new .zip), even while the app is in use. "
                + "The file appears only once complete. Restore it with: counterdesk restore FILE.")
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "FILE", description = "the backup file to write; it must not exist yet")
    private Path file;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.refuseOnSite("backup");
        BackupResult r = context.services().backupRoom().backups().backup(file.toAbsolutePath(), CliContext.ACTOR,
                (done, total) -> context.progress().step(done, total, "Backing up"));
        context.out().println("Backup written: " + r.file() + " (" + r.bytes() + " bytes, SHA-256 " + r.sha256() + ")");
        context.out().println("Journal in the backup: " + r.manifest().journalEntries() + " entries, head "
                + r.manifest().journalHead());
        return ExitCodes.OK;
    }
}
