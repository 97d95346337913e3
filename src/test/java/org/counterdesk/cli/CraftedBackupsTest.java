package org.counterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.testing.BackupZip;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups crafted as an attacker would, their manifests recomputed so that only the restore's
 * own checks stand in the way: each is refused by {@code counterdesk restore} with exit code 1
 * and one line, and the data folder is left as it was (here: not there at all). A backup is
 * data: a value that looks like SQL is stored as text and never runs.
 */
class CraftedBackupsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    @TempDir
    Path dir;
    private static Path backup;

    @BeforeAll
    static void aBackupOfAClosedDay() throws Exception {
        try (TestCounter c = TestCounter.demo(shared.resolve("counter"))) {
            ClosedDays.close(c, 1);
            backup = c.services.backupRoom().backups().backup(shared.resolve("good.zip"), "CLI", (d, t) -> { }).file();
        }
    }

    @Test
    void anEntryNamedOutsideTheFolderIsRefusedAndNeverWritten() throws Exception {
        Path zip = BackupZip.read(backup).put("../../evil", "owned").write(dir.resolve("evil.zip"));

        refused(zip, "it holds an unexpected entry ../../evil.");
        assertThat(dir.getParent().resolve("evil")).doesNotExist();
        assertThat(dir.getParent().getParent().resolve("evil")).doesNotExist();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTableRowAndColumn() throws Exception {
        Path zip = BackupZip.read(backup).set("receipt", 0, "total_cents", new TextNode("1000"))
                .write(dir.resolve("typed.zip"));

        refused(zip, "table receipt, row 1, column total_cents: expected a whole number, found \"1000\".");
    }

    @Test
    void aKeyTwiceInOneObjectIsRefused() throws Exception {
        BackupZip crafted = BackupZip.read(backup);
        String rows = crafted.text("receipt.jsonl").replaceFirst("\\{\"table\":\"receipt\",", "{\"table\":\"receipt\",\"table\":\"receipt\",");
        Path zip = crafted.put("receipt.jsonl", rows).recompute().write(dir.resolve("twice.zip"));

        refused(zip, "table receipt is not valid JSON after row 0 (Duplicate field 'table').");
    }

    @Test
    void aChangedGrandTotalIsCaughtByTheCheckOfTheRestoredCopyBeforeItIsPutInPlace() throws Exception {
        BackupZip crafted = BackupZip.read(backup);
        long grand = value(crafted, "day_closure", "grand_total_cents").asLong();
        Path zip = crafted.set("day_closure", 0, "grand_total_cents", LongNode.valueOf(grand + 100_00))
                .write(dir.resolve("total.zip"));

        refused(zip, "the restored copy fails the check: Day closure CD01-Z0001 has a grand total of ");
    }

    @Test
    void aTableOrColumnTheSchemaDoesNotHaveIsRefused() throws Exception {
        BackupZip withTable = BackupZip.read(backup).put("evil.jsonl", "{\"table\":\"evil\",\"columns\":[\"x\"]}\n[1]\n");
        ObjectNode manifest = withTable.manifest();
        manifest.withArray("tables").addObject().put("name", "evil").put("entry", "evil.jsonl").put("rows", 0)
                .put("bytes", 0).put("sha256", "0".repeat(64));
        Path table = withTable.manifest(manifest).recompute().write(dir.resolve("table.zip"));
        refused(table, "table evil is not in the database's schema (version ");

        BackupZip crafted = BackupZip.read(backup);
        List<JsonNode> lines = new ArrayList<>(crafted.lines("receipt"));
        ObjectNode header = (ObjectNode) lines.get(0);
        String sneaky = "payer_name\" = 1; DROP TABLE receipt; --";
        header.set("columns", JSON.readTree(header.get("columns").toString().replace("\"payer_name\"",
                JSON.writeValueAsString(sneaky))));
        Path column = crafted.table("receipt", lines).write(dir.resolve("column.zip"));
        refused(column, "table receipt names column " + JSON.writeValueAsString(sneaky).substring(0, 40) + "…, which is "
                + "not in the table or comes twice.");
    }

    @Test
    void anEntryLargerThanDeclaredOrATableLeftOutIsRefused() throws Exception {
        BackupZip bigger = BackupZip.read(backup);
        Path zip = bigger.put("receipt_void.jsonl", bigger.text("receipt_void.jsonl") + " ".repeat(1_000_000))
                .write(dir.resolve("bigger.zip"));
        refused(zip, "its entry receipt_void.jsonl is larger than its manifest declares.");

        Path missing = BackupZip.read(backup).remove("receipt_void").write(dir.resolve("missing.zip"));
        refused(missing, "it has no rows for table receipt_void of schema version ");
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        BackupZip crafted = BackupZip.read(backup);
        Path zip = crafted.manifest(crafted.manifest().put("schemaVersion", "999")).write(dir.resolve("newer.zip"));

        refused(zip, "its schema version 999 is newer than this version of Counterdesk knows (up to ");
    }

    @Test
    void anOldFormatScriptBackupIsRefusedInPlainWords() throws Exception {
        Path zip = dir.resolve("old.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("script.sql"));
            out.write("CREATE ALIAS X FOR \"java.lang.Runtime.exec\";\n".getBytes());
            out.closeEntry();
            out.putNextEntry(new ZipEntry("backup.json"));
            out.write("{\"format\":\"counterdesk-backup/1\"}".getBytes());
            out.closeEntry();
        }

        Run run = restore(zip, dir.resolve("restored"));

        assertThat(run.exit).isEqualTo(ExitCodes.FAILED);
        assertThat(run.errLines()).containsExactly("counterdesk restore: The backup " + zip + " is in the old format "
                + "(an SQL script), which restore no longer runs: restore it with the Counterdesk version that made it, "
                + "then make a new backup.");
        assertThat(dir.resolve("restored")).doesNotExist();
    }

    @Test
    void aValueThatLooksLikeSqlIsStoredAsTextAndNeverRuns() throws Exception {
        Path evil = dir.resolve("written-by-sql.txt");
        String sql = "x'); CALL FILE_WRITE('owned', '" + evil + "'); CREATE ALIAS EXEC FOR \"java.lang.Runtime.exec\"; --";
        BackupZip crafted = BackupZip.read(backup);
        List<JsonNode> lines = new ArrayList<>(crafted.lines("setting"));
        lines.add(JSON.createArrayNode().add("note").add(sql));
        Path zip = crafted.table("setting", lines).write(dir.resolve("sql.zip"));
        Path into = dir.resolve("restored");

        Run run = restore(zip, into);

        assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.OK);
        assertThat(evil).doesNotExist();
        try (Database db = Database.openShared(new DataFolder(into).database())) {
            String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE name = 'note'")
                    .mapTo(String.class).one());
            assertThat(stored).isEqualTo(sql);
            int aliases = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM information_schema.routines "
                    + "WHERE routine_schema = 'PUBLIC'").mapTo(Integer.class).one());
            assertThat(aliases).isZero();
        }
    }

    private void refused(Path zip, String reasonStart) throws Exception {
        Path into = dir.resolve("restored-" + zip.getFileName());
        Run run = restore(zip, into);

        assertThat(run.exit).as(run.err).isEqualTo(ExitCodes.FAILED);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("counterdesk restore: The backup " + zip + " was not restored: "
                + reasonStart);
        assertThat(run.out).isEmpty();
        assertThat(into).as("nothing left behind").doesNotExist();
    }

    private static JsonNode value(BackupZip zip, String table, String column) throws Exception {
        List<JsonNode> lines = zip.lines(table);
        int i = 0;
        for (JsonNode c : lines.get(0).get("columns")) {
            if (c.asText().equals(column)) {
                return lines.get(1).get(i);
            }
            i++;
        }
        throw new AssertionError("no column " + column);
    }

    private static Run restore(Path zip, Path into) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"restore", zip.toString()}, new DataFolder(into), MutableClock.melbourneMorning(),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }
}
