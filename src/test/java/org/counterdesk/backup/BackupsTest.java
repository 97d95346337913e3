package org.counterdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.counterdesk.AppServices;
import org.counterdesk.audit.IntegrityReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.counterdesk.common.Refused;
import org.counterdesk.exchange.JsonSchemas;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backups of a real counter's database, and restores of them into empty folders. */
class BackupsTest {

    @TempDir
    Path dir;
    private TestCounter c;

    @BeforeEach
    void aClosedDay() throws Exception {
        c = TestCounter.demo(dir.resolve("counter"));
        ClosedDays.close(c, 1);
    }

    @AfterEach
    void close() {
        c.close();
    }

    @Test
    void aBackupMadeWhileTheCounterIsOpenRestoresIntoAnEmptyFolderWhole() throws Exception {
        List<long[]> progress = new ArrayList<>();
        String headBefore = head(c.services);
        long receipts = c.rows("receipt");

        BackupResult backup = c.services.backups().backup(dir.resolve("nightly.zip"), "CLI",
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(backup.manifest().journalHead()).isEqualTo(headBefore);
        assertThat(backup.bytes()).isEqualTo(Files.size(dir.resolve("nightly.zip")));
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)[0]).isEqualTo(backup.manifest().statements());
        assertThat(progress.get(progress.size() - 1)[1]).isEqualTo(backup.manifest().statements());
        int journaled = c.services.database().jdbi().withHandle(h -> c.services.journal().count(h, "BACKUP_MADE",
                "backup", backup.sha256().substring(0, 16)));
        assertThat(journaled).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("counter", "nightly.zip");
        }

        DataFolder restored = new DataFolder(dir.resolve("restored"));
        BackupManifest manifest = Restore.into(dir.resolve("nightly.zip"), restored);

        assertThat(manifest).isEqualTo(backup.manifest());
        try (AppServices s = new AppServices(restored, Database.openShared(restored.database()), MutableClock.melbourneMorning())) {
            IntegrityReport report = s.integrity().run();
            assertThat(report.firstProblem()).isEmpty();
            assertThat(head(s)).isEqualTo(headBefore);
            long restoredReceipts = s.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT COUNT(*) FROM receipt").mapTo(Long.class).one());
            assertThat(restoredReceipts).isEqualTo(receipts);
            assertThat(s.counter().terminal().code()).isEqualTo("CD01");
        }
    }

    @Test
    void theManifestFollowsItsPublishedSchemaAndTheScriptMatchesIt() throws Exception {
        BackupResult backup = c.services.backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);

        try (ZipFile zip = new ZipFile(dir.resolve("b.zip").toFile())) {
            byte[] manifest = zip.getInputStream(zip.getEntry(Backups.MANIFEST_ENTRY)).readAllBytes();
            assertThat(JsonSchemas.check(ManifestJson.SCHEMA, new ObjectMapper().readTree(manifest))).isEmpty();
            Files.write(samples().resolve("backup.json"), manifest);
            String script = new String(zip.getInputStream(zip.getEntry(Backups.SCRIPT_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(Sha256.of(new java.io.ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(backup.manifest().scriptSha256());
            assertThat(script).contains("INSERT INTO \"PUBLIC\".\"JOURNAL\"");
            assertThat(backup.manifest().statements()).isGreaterThan(c.rows("journal") + c.rows("receipt"));
        }
    }

    @Test
    void aManifestThatBreaksItsSchemaIsRefusedNamingTheField() throws Exception {
        c.services.backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);
        Path odd = dir.resolve("odd.zip");
        try (ZipFile in = new ZipFile(dir.resolve("b.zip").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(odd))) {
            copy(out, Backups.SCRIPT_ENTRY, in.getInputStream(in.getEntry(Backups.SCRIPT_ENTRY)).readAllBytes());
            String manifest = new String(in.getInputStream(in.getEntry(Backups.MANIFEST_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8);
            copy(out, Backups.MANIFEST_ENTRY, manifest.replaceFirst("\"journalHead\" : \"[0-9a-f]+\"",
                    "\"journalHead\" : \"nope\"").getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Restore.into(odd, new DataFolder(dir.resolve("empty"))))
                .isInstanceOf(Refused.class)
                .hasMessageStartingWith(odd + " is not a Counterdesk backup: backup.json cannot be read: $.journalHead: ");
    }

    @Test
    void aRestoreIntoAFolderThatIsNotEmptyIsRefusedAndChangesNothing() {
        c.services.backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);

        assertThatThrownBy(() -> Restore.into(dir.resolve("b.zip"), c.folder))
                .isInstanceOf(Refused.class)
                .hasMessage("The data folder " + c.folder.root() + " is not empty (it holds db, documents): "
                        + "restore only into an empty folder, so nothing is overwritten.");
    }

    @Test
    void aBackupWhoseScriptWasChangedIsRefusedBeforeAnythingIsWritten() throws Exception {
        c.services.backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);
        Path tampered = dir.resolve("tampered.zip");
        try (ZipFile in = new ZipFile(dir.resolve("b.zip").toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            String script = new String(in.getInputStream(in.getEntry(Backups.SCRIPT_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8);
            copy(out, Backups.SCRIPT_ENTRY, script.replace("'Keyed twice'", "'Keyed twice!'").getBytes(StandardCharsets.UTF_8));
            copy(out, Backups.MANIFEST_ENTRY, in.getInputStream(in.getEntry(Backups.MANIFEST_ENTRY)).readAllBytes());
        }
        Path into = dir.resolve("empty");

        assertThatThrownBy(() -> Restore.into(tampered, new DataFolder(into)))
                .isInstanceOf(Refused.class)
                .hasMessage("The backup " + tampered + " is damaged: its database script does not match the SHA-256 "
                        + "in its manifest.");
        assertThat(into).doesNotExist();
    }

    @Test
    void aFileThatIsNotABackupIsRefused() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "hello");

        assertThatThrownBy(() -> Restore.into(notZip, new DataFolder(dir.resolve("empty"))))
                .isInstanceOf(Refused.class)
                .hasMessage(notZip + " is not a Counterdesk backup: it is not a zip file.");
    }

    @Test
    void aBackupNeverReplacesAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.zip"), "older");

        assertThatThrownBy(() -> c.services.backups().backup(existing, "CLI", Backups.Progress.NONE))
                .isInstanceOf(Refused.class)
                .hasMessage("The file " + existing + " already exists: choose a new name for the backup.");
        assertThat(Files.readString(existing)).isEqualTo("older");
    }

    private static void copy(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    private static Path samples() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("counterdesk.samples", "target/samples")));
    }

    private static String head(AppServices s) {
        return s.database().jdbi().withHandle(h -> s.journal().head(h)).map(JournalEntry::hash).orElseThrow();
    }
}
