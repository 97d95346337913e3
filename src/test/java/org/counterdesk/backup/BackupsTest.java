package org.counterdesk.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterdesk.app.AppServices;
import org.counterdesk.common.Refused;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.testing.BackupZip;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backups of a real counter's database (a closed day: receipts, a void, a closure), and restores of them. */
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
    void aBackupMadeWhileTheCounterIsOpenRestoresIntoAnEmptyFolderRowForRow() throws Exception {
        List<long[]> progress = new ArrayList<>();
        String headBefore = head(c.services);
        Map<String, Long> rowsBefore = rowCounts(c.services.database());
        List<String> totalsBefore = totals(c.services.database());

        BackupResult backup = c.services.backupRoom().backups().backup(dir.resolve("nightly.zip"), "CLI",
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(backup.manifest().journalHead()).isEqualTo(headBefore);
        assertThat(backup.manifest().schemaVersion()).isEqualTo(c.services.database().schemaVersion());
        assertThat(backup.bytes()).isEqualTo(Files.size(dir.resolve("nightly.zip")));
        assertThat(progress.get(progress.size() - 1)).containsExactly(backup.manifest().totalRows(),
                backup.manifest().totalRows());
        int journaled = c.services.database().jdbi().withHandle(h -> c.services.journal().count(h, "BACKUP_MADE",
                "backup", backup.sha256().substring(0, 16)));
        assertThat(journaled).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("counter", "nightly.zip");
        }

        DataFolder restored = new DataFolder(dir.resolve("restored"));
        Restore.Restored result = Restore.into(dir.resolve("nightly.zip"), restored);

        assertThat(result.manifest()).isEqualTo(backup.manifest());
        assertThat(result.sha256()).isEqualTo(backup.sha256());
        assertThat(result.check().intact()).isTrue();
        try (var left = Files.list(restored.root())) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> !n.startsWith(".restoring"));
        }
        if (PrivateFiles.posix(restored.root())) {
            try (var all = Files.walk(restored.root())) {
                assertThat(all).allSatisfy(p -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
        try (AppServices s = AppServices.of(restored, Database.openShared(restored.database()), MutableClock.melbourneMorning())) {
            assertThat(s.auditRoom().integrity().run().firstProblem()).isEmpty();
            assertThat(head(s)).isEqualTo(headBefore);
            Map<String, Long> rowsAfter = rowCounts(s.database());
            assertThat(rowsAfter).isEqualTo(rowsBefore);
            assertThat(totals(s.database())).isEqualTo(totalsBefore).isNotEmpty();
            assertThat(s.counter().terminal().code()).isEqualTo("CD01");
            BackupResult again = s.backupRoom().backups().backup(dir.resolve("again.zip"), "CLI", Backups.Progress.NONE);
            assertThat(again.manifest().tables()).as("every table byte for byte as it was backed up")
                    .isEqualTo(backup.manifest().tables());
        }
    }

    @Test
    void aBackupFromAnOlderVersionIsLoadedAtItsVersionThenMigratedTheRestOfTheWay() throws Exception {
        // A counter at version 9, with its journal the one chain it was before terminals had their own (V10).
        DataFolder nine = new DataFolder(dir.resolve("nine")).create();
        try (AppServices s = AppServices.of(nine, Database.createAt(nine.database(), "9"), MutableClock.melbourneMorning())) {
            s.setupRoom().firstRun().loadDemo();
            var casey = s.staffRoom().staff().signIn("1001", "1111", s.counter().terminal());
            org.counterdesk.testing.Drawers.open(s, casey);
            s.receipting().poster().post(casey, new org.counterdesk.testing.ReceiptMix(s).counter(0));
            s.backupRoom().backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);
        }
        // As version 8 wrote it: receipts without the draft they were posted from (V9 added it).
        BackupZip crafted = BackupZip.read(dir.resolve("b.zip")).removeColumn("receipt", "draft_id");
        Path older = crafted.manifest(crafted.manifest().put("schemaVersion", "8")).write(dir.resolve("v8.zip"));
        DataFolder restored = new DataFolder(dir.resolve("restored"));

        Restore.Restored result = Restore.into(older, restored);

        assertThat(result.check().intact()).isTrue();
        try (Database db = Database.openShared(restored.database())) {
            assertThat(db.schemaVersion()).isEqualTo(c.services.database().schemaVersion());
            long withoutDraft = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM receipt WHERE draft_id IS NULL").mapTo(Long.class).one());
            assertThat(withoutDraft).isEqualTo(1);
        }
    }

    @Test
    void aBackupIsDataOnlyAndItsManifestFollowsItsPublishedSchema() throws Exception {
        BackupResult backup = c.services.backupRoom().backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);

        BackupZip zip = BackupZip.read(dir.resolve("b.zip"));
        JsonNode manifest = new ObjectMapper().readTree(zip.text(Backups.MANIFEST_ENTRY));
        assertThat(JsonSchemas.check(ManifestJson.SCHEMA, manifest)).isEmpty();
        Files.write(samples().resolve("backup.json"), zip.text(Backups.MANIFEST_ENTRY).getBytes());
        assertThat(zip.names()).contains("receipt.jsonl", "journal.jsonl", "day_closure.jsonl", Backups.MANIFEST_ENTRY)
                .noneMatch(n -> n.endsWith(".sql")).doesNotContain("flyway_schema_history.jsonl", "schema_stamp.jsonl");
        List<JsonNode> receipts = zip.lines("receipt");
        assertThat(receipts.get(0).get("table").asText()).isEqualTo("receipt");
        assertThat(receipts.get(0).get("columns").toString()).contains("\"receipt_no\"", "\"total_cents\"");
        assertThat(receipts).hasSize((int) c.rows("receipt") + 1);
        int total = columnIndex(receipts.get(0), "total_cents");
        int posted = columnIndex(receipts.get(0), "posted_at");
        assertThat(receipts.get(1).get(total).isIntegralNumber()).isTrue();
        assertThat(receipts.get(1).get(posted).asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(backup.manifest().tables()).allSatisfy(t -> assertThat(t.entry()).isEqualTo(t.name() + ".jsonl"));
    }

    @Test
    void aManifestThatBreaksItsSchemaIsRefusedNamingTheField() throws Exception {
        c.services.backupRoom().backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);
        BackupZip zip = BackupZip.read(dir.resolve("b.zip"));
        Path odd = zip.manifest(zip.manifest().put("journalHead", "nope")).write(dir.resolve("odd.zip"));

        assertThatThrownBy(() -> Restore.into(odd, new DataFolder(dir.resolve("empty"))))
                .isInstanceOf(Refused.class)
                .hasMessageStartingWith(odd + " is not a Counterdesk backup: backup.json cannot be read: journalHead: ");
    }

    @Test
    void aRestoreIntoAFolderThatIsNotEmptyIsRefusedAndChangesNothing() {
        c.services.backupRoom().backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);

        assertThatThrownBy(() -> Restore.into(dir.resolve("b.zip"), c.folder))
                .isInstanceOf(Refused.class)
                .hasMessage("The data folder " + c.folder.root() + " is not empty (it holds db, documents): "
                        + "restore only into an empty folder, so nothing is overwritten.");
    }

    @Test
    void aBackupWhoseRowsWereChangedWithoutItsManifestIsRefusedBeforeAnythingIsWritten() throws Exception {
        c.services.backupRoom().backups().backup(dir.resolve("b.zip"), "CLI", Backups.Progress.NONE);
        BackupZip zip = BackupZip.read(dir.resolve("b.zip"));
        Path tampered = zip.put("receipt_void.jsonl", zip.text("receipt_void.jsonl").replace("Keyed twice", "Keyed_twice"))
                .write(dir.resolve("tampered.zip"));
        Path into = dir.resolve("empty");

        assertThatThrownBy(() -> Restore.into(tampered, new DataFolder(into)))
                .isInstanceOf(Refused.class)
                .hasMessage("The backup " + tampered + " was not restored: its entry receipt_void.jsonl does not match "
                        + "the size and SHA-256 in its manifest.");
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

        assertThatThrownBy(() -> c.services.backupRoom().backups().backup(existing, "CLI", Backups.Progress.NONE))
                .isInstanceOf(Refused.class)
                .hasMessage("The file " + existing + " already exists: choose a new name for the backup.");
        assertThat(Files.readString(existing)).isEqualTo("older");
    }

    private static int columnIndex(JsonNode header, String column) {
        List<String> names = new ArrayList<>();
        header.get("columns").forEach(n -> names.add(n.asText()));
        return names.indexOf(column);
    }

    /** Rows per table, every table the database has. */
    static Map<String, Long> rowCounts(Database db) {
        return db.jdbi().withHandle(h -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String t : h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                    + "AND table_name <> 'flyway_schema_history'").mapTo(String.class).list()) {
                counts.put(t.toLowerCase(), h.createQuery("SELECT COUNT(*) FROM \"" + t + "\"").mapTo(Long.class).one());
            }
            return counts;
        });
    }

    /** Every receipt's and closure's money, as text, in number order. */
    static List<String> totals(Database db) {
        return db.jdbi().withHandle(h -> {
            List<String> all = new ArrayList<>(h.createQuery("SELECT receipt_no || ' ' || total_cents || ' ' || gst_cents "
                    + "|| ' ' || rounding_cents || ' ' || posted_at FROM receipt ORDER BY receipt_no").mapTo(String.class).list());
            all.addAll(h.createQuery("SELECT closure_no || ' ' || period_total_cents || ' ' || grand_total_cents FROM day_closure "
                    + "ORDER BY closure_no").mapTo(String.class).list());
            return all;
        });
    }

    private static Path samples() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("counterdesk.samples", "target/samples")));
    }

    private static String head(AppServices s) {
        return s.database().jdbi().withHandle(h -> s.journal().head(h)).map(JournalEntry::hash).orElseThrow();
    }
}
