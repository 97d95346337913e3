package org.counterdesk.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.counterdesk.audit.IntegrityCheck;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.store.StorageException;

/**
 * Restores a backup into an empty data folder, never over one in use, running nothing from the
 * file. The file is checked in full first ({@link BackupFile}); a new database is created in a
 * hidden folder inside the data folder, migrated with the app's own migrations to the backup's
 * schema version (a backup from a newer version is refused), loaded row by row
 * ({@link RowLoader}), migrated the rest of the way, and checked in full as {@code verify}
 * does. Only a copy that passes is moved into place; anything else is refused with one line
 * and the hidden folder removed, so the data folder is left as empty as it was.
 */
public final class Restore {

    /** What an empty data folder may already hold: the log of the command doing the restore. */
    private static final List<String> ALLOWED = List.of("logs");

    private Restore() {
    }

    /** What a restore did: the backup's manifest, the backup file's SHA-256, and the check of the copy. */
    public record Restored(BackupManifest manifest, String sha256, IntegrityReport check) {
    }

    /** Restores {@code zip} into {@code into}. */
    public static Restored into(Path zip, DataFolder into) {
        refuseUnlessEmpty(into);
        boolean madeRoot = !Files.exists(into.root());
        Path building = into.root().resolve(".restoring-" + HexFormat.of().formatHex(randomBytes()));
        try (BackupFile file = BackupFile.open(zip)) {
            PrivateFiles.createFolders(building);
            IntegrityReport check = build(file, building.resolve("db"));
            PrivateFiles.tighten(building);
            Files.move(building.resolve("db"), into.database());
            deleteTree(building);
            into.create();
            return new Restored(file.manifest(), Sha256.of(zip), check);
        } catch (Refused e) {
            cleanUp(building, madeRoot ? into.root() : null);
            throw e;
        } catch (IOException | RuntimeException e) {
            cleanUp(building, madeRoot ? into.root() : null);
            throw StorageException.of(e, "restore " + zip.getFileName());
        }
    }

    /** The new database, loaded and checked; closed (and compacted) before it is moved. */
    private static IntegrityReport build(BackupFile file, Path folder) throws IOException {
        try (Database fresh = createAt(file, folder)) {
            fresh.jdbi().useHandle(h -> {
                try {
                    new RowLoader(h.getConnection(), file).load();
                    Journal.resumeKeys(h);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            fresh.migrate();
            IntegrityReport check = new IntegrityCheck(fresh.jdbi(), new Journal(Clock.systemUTC())).run();
            if (!check.intact()) {
                throw file.refused("the restored copy fails the check: " + check.firstProblem().orElseThrow());
            }
            return check;
        }
    }

    private static Database createAt(BackupFile file, Path folder) {
        try {
            return Database.createAt(folder, file.manifest().schemaVersion());
        } catch (Refused e) {
            throw file.refused(e.getMessage());
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return b;
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

    /** Removes the half-built copy, and the data folder itself when the restore made it and it is empty. */
    private static void cleanUp(Path building, Path madeRoot) {
        try {
            deleteTree(building);
            if (madeRoot != null) {
                try (Stream<Path> left = Files.list(madeRoot)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(madeRoot);
                    }
                }
            }
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
