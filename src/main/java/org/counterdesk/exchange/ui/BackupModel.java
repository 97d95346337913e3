package org.counterdesk.exchange.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.backup.BackupResult;
import org.counterdesk.backup.Backups;
import org.counterdesk.store.PrivateFiles;

/**
 * The backup card: a file name (by default a new, dated one in the data folder's
 * {@code backups} folder) and the backup itself, run in the background with a progress bar.
 */
final class BackupModel {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final SyncParts parts;
    private final Backups backups;
    private final Path backupFolder;
    private final StringProperty file = new SimpleStringProperty("");

    BackupModel(SyncParts parts, Backups backups, Path dataFolder) {
        this.parts = parts;
        this.backups = backups;
        this.backupFolder = dataFolder.resolve("backups");
    }

    /** The file the backup is written to. */
    StringProperty file() {
        return file;
    }

    /** Offers a fresh file name for a backup made {@code now}. */
    void refresh(ZonedDateTime now) {
        file.set(backupFolder.resolve("counterdesk-" + STAMP.format(now) + ".zip").toString());
    }

    /** Writes the backup; {@code done} gets what was written, {@code failed} why not. */
    void backUp(java.util.function.Consumer<BackupResult> done, java.util.function.Consumer<Throwable> failed) {
        if (file.get() == null || file.get().isBlank()) {
            parts.errors().set("backupFile", "Give the file to write the backup to.");
            return;
        }
        Path target;
        try {
            target = Path.of(file.get().strip()).toAbsolutePath();
        } catch (InvalidPathException e) {
            parts.errors().set("backupFile", "That is not a file name this computer can use: " + e.getReason() + ".");
            return;
        }
        parts.background().track(steps -> {
            // The default folder is ours to make; any other folder must already be there.
            if (backupFolder.equals(target.getParent())) {
                PrivateFiles.createFolders(backupFolder);
            }
            return backups.backup(target, parts.actor().staffNumber(), (d, t) -> steps.step(d, t, "Backing up"));
        }, done, failed);
    }
}
