package org.counterdesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.counterdesk.common.Refused;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.StorageException;

/**
 * Restores a backup into an empty data folder, never over one in use. The backup is checked in
 * full first (its manifest, and its script against the manifest's SHA-256); the database is
 * then built in a hidden folder beside {@code db/} and renamed into place only once complete,
 * so a failed restore leaves the folder as empty as it was.
 */
public final class Restore {

    /** What an empty data folder may already hold: the log of the command doing the restore. */
    private static final List<String> ALLOWED = List.of("logs");

    private Restore() {
    }

    /** Restores {@code zip} into {@code into} and returns the backup's manifest. */
    public static BackupManifest into(Path zip, DataFolder into) {
        refuseUnlessEmpty(into);
        BackupManifest manifest = BackupFile.check(zip);
        Path building = into.root().resolve(".db-restoring");
        try {
            deleteTree(building);
            Files.createDirectories(building);
            BackupDao.runScript(building, zip);
            Files.move(building, into.database());
            into.create();
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(building);
            throw StorageException.of(e, "restore " + zip.getFileName());
        }
        return manifest;
    }

    private static void refuseUnlessEmpty(DataFolder folder) {
        if (!Files.exists(folder.root())) {
            return;
        }
        Refused.unless(Files.isDirectory(folder.root()), folder.root() + " is a file, not a data folder.");
        try (Stream<Path> items = Files.list(folder.root())) {
            List<String> found = items.map(p -> p.getFileName().toString()).filter(n -> !ALLOWED.contains(n)).sorted()
                    .toList();
            Refused.unless(found.isEmpty(), "The data folder " + folder.root() + " is not empty (it holds "
                    + String.join(", ", found) + "): restore only into an empty folder, so nothing is overwritten.");
        } catch (IOException e) {
            throw StorageException.of(e, "read the data folder " + folder.root());
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException ignored) {
            // The restore's own failure is what the administrator needs to hear about.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
