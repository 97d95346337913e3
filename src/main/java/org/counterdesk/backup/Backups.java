package org.counterdesk.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.store.AtomicFiles;
import org.counterdesk.store.Database;
import org.counterdesk.store.StorageException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Online backups of the database while the counter keeps working. A backup is a zip of data,
 * never code: a manifest ({@code backup.json}: schema version, journal head, and each table's
 * rows, size and SHA-256) and one entry per table ({@code NAME.jsonl}: its columns, then one JSON
 * array of typed values per row), all read in one snapshot, so it is consistent. The tables
 * are whatever the database holds (its own description, not a list kept here), so a new
 * migration's tables and columns are backed up without a change here. It is written to a
 * temporary file, forced to disk and renamed, so the real name only ever shows a whole backup;
 * each backup is journaled. Restoring, into a freshly migrated database, is {@link Restore}'s job.
 */
public record Backups(Database database, CounterSetup counter, Journal journal, Clock clock) {

    static final String MANIFEST_ENTRY = "backup.json";
    /** The entry of backups in the first format, an SQL script: recognised only to be refused. */
    static final String OLD_SCRIPT_ENTRY = "script.sql";

    /** Told how far a backup has got: {@code done} of about {@code total} rows (done may pass total). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** Writes a backup to {@code target}, which must not exist yet; {@code actor} is journaled as who asked. */
    public BackupResult backup(Path target, String actor, Progress progress) {
        Refused.unless(!Files.exists(target), "The file " + target + " already exists: choose a new name for the backup.");
        Path folder = target.toAbsolutePath().getParent();
        Refused.unless(folder != null && Files.isDirectory(folder), "The folder " + folder + " does not exist.");
        BackupManifest[] manifest = new BackupManifest[1];
        try {
            AtomicFiles.write(target, out -> manifest[0] = writeZip(out, progress));
        } catch (IOException | RuntimeException e) {
            throw StorageException.of(e, "write the backup " + target);
        }
        BackupResult result = new BackupResult(target, size(target), Sha256.of(target), manifest[0]);
        database.jdbi().useTransaction(h -> journal.append(h, JournalEvent.of("BACKUP_MADE", actor,
                        counter.terminal().code(), "backup", result.sha256().substring(0, 16))
                .with("file", target.toAbsolutePath().toString()).with("bytes", result.bytes())
                .with("sha256", result.sha256()).with("journalHead", manifest[0].journalHead())
                .with("journalEntries", manifest[0].journalEntries())));
        database.forceToDisk();
        return result;
    }

    /**
     * Journals, in a database just restored, where it came from: the backup's file, when the
     * backup was made and the journal head it carried. Called once the restored database has
     * been checked; {@code sha256} is the backup file's, as its {@code BACKUP_MADE} entry names it.
     */
    public void recordRestored(Path zip, BackupManifest manifest, String sha256, String actor) {
        database.jdbi().useTransaction(h -> journal.append(h, JournalEvent.of("DATABASE_RESTORED", actor,
                        counter.terminal().code(), "backup", sha256.substring(0, 16))
                .with("file", zip.toAbsolutePath().toString()).with("sha256", sha256)
                .with("schemaVersion", manifest.schemaVersion()).with("backupMadeAt", manifest.createdAt().toString())
                .with("backupJournalHead", manifest.journalHead())
                .with("backupJournalEntries", manifest.journalEntries())));
        database.forceToDisk();
    }

    private BackupManifest writeZip(OutputStream out, Progress progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String schemaVersion = database.schemaVersion();
        // One repeatable-read transaction: every table and the journal head come from one snapshot.
        BackupManifest manifest = database.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            TableWriter writer = new TableWriter(h.getConnection(), progress, BackupDao.estimatedRows(h));
            List<BackupManifest.TableEntry> tables = new ArrayList<>();
            try {
                for (TableSchema.Table table : TableSchema.read(h.getConnection()).tables()) {
                    zip.putNextEntry(new ZipEntry(table.entryName()));
                    tables.add(writer.write(table, zip));
                    zip.closeEntry();
                }
            } catch (SQLException e) {
                throw new IOException(e.getMessage(), e); // worded from the SQLException by StorageException.of
            }
            writer.finish();
            JournalEntry head = journal.head(h).orElse(null);
            return new BackupManifest(BackupManifest.FORMAT, at, schemaVersion, head == null ? 0 : head.seq(),
                    head == null ? JournalEntry.GENESIS : head.hash(), tables);
        });
        zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
        zip.write(ManifestJson.write(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StorageException("Could not read the size of " + file + ".", e);
        }
    }
}
