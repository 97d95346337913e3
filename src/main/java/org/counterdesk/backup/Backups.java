package org.counterdesk.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
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
 * Online backups of the database while the counter keeps working. A backup is a zip holding
 * the whole database as an SQL script ({@code script.sql}, read in one snapshot, so it is
 * consistent) and a manifest ({@code backup.json}) with the script's SHA-256. It is written to
 * a temporary file, forced to disk and renamed, so the real name only ever shows a whole
 * backup; each backup is journaled. Restoring is {@link Restore}'s job.
 *
 * <p>Why a script rather than H2's {@code BACKUP TO} (a zip of the raw file): a script is read
 * row by row, so every page is checked as it is read and progress can be shown; it does not
 * carry the file's unreclaimed space; and it can be loaded by later H2 versions, whose file
 * format changes between major versions, while records must be kept for years.
 */
public final class Backups {

    static final String SCRIPT_ENTRY = "script.sql";
    static final String MANIFEST_ENTRY = "backup.json";

    /** Told how far a backup has got: {@code done} of about {@code total} rows (done may pass total). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private final Database database;
    private final CounterSetup counter;
    private final Journal journal;
    private final Clock clock;

    public Backups(Database database, CounterSetup counter, Journal journal, Clock clock) {
        this.database = database;
        this.counter = counter;
        this.journal = journal;
        this.clock = clock;
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
     * been checked.
     */
    public void recordRestored(Path zip, BackupManifest manifest, String actor) {
        database.jdbi().useTransaction(h -> journal.append(h, JournalEvent.of("DATABASE_RESTORED", actor,
                        counter.terminal().code(), "backup", manifest.scriptSha256().substring(0, 16))
                .with("file", zip.toAbsolutePath().toString()).with("backupMadeAt", manifest.createdAt().toString())
                .with("backupJournalHead", manifest.journalHead())
                .with("backupJournalEntries", manifest.journalEntries())));
        database.forceToDisk();
    }

    private BackupManifest writeZip(OutputStream out, Progress progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
        Sha256 sha = new Sha256();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // One repeatable-read transaction: the script and the journal head come from one snapshot.
        BackupManifest manifest = database.jdbi().inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            long total = BackupDao.estimatedRows(h);
            ScriptWriter writer = new ScriptWriter(new DigestOutputStream(zip, sha.digest()), progress, total);
            BackupDao.script(h, writer::write);
            writer.finish();
            JournalEntry head = journal.head(h).orElse(null);
            return new BackupManifest(BackupManifest.FORMAT, at, head == null ? 0 : head.seq(),
                    head == null ? JournalEntry.GENESIS : head.hash(), sha.hex(), writer.bytes(), writer.statements());
        });
        zip.closeEntry();
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
