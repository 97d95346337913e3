package org.counterdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.InstanceLock;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.HeldOpen;
import org.counterdesk.testing.Insider;
import org.counterdesk.testing.JarRun;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command of the administrator's command line run as its own process
 * ({@code java -jar target/counterdesk.jar ...}) against a real data folder: a demo counter
 * with two closed days, made here through the real services and then closed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CliIT {

    @TempDir
    static Path shared;
    private static Path counter;
    private static List<LocalDate> closedDays;

    @TempDir
    Path dir;

    @BeforeAll
    static void aCounterWithTwoClosedDays() throws Exception {
        counter = shared.resolve("counter");
        try (TestCounter c = TestCounter.demo(counter)) {
            closedDays = ClosedDays.close(c, 2);
        }
    }

    @Test
    void everyCommandExplainsItselfWithHelp() throws Exception {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"verify", "--help"},
                new String[] {"backup", "--help"}, new String[] {"restore", "--help"}, new String[] {"report", "--help"},
                new String[] {"report", "day", "--help"}, new String[] {"export", "--help"},
                new String[] {"ack", "--help"}, new String[] {"import", "--help"})) {
            JarRun run = JarRun.run(counter, args);
            String name = String.join(" ", List.of(args).subList(0, args.length - 1));
            assertThat(run.exit()).as("%s", run).isZero();
            assertThat(run.out()).as("%s", run).startsWith("Usage: counterdesk" + (name.isEmpty() ? "" : " " + name));
            assertThat(run.err()).isEmpty();
        }
        JarRun version = JarRun.run(counter, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("Counterdesk 0.");
    }

    @Test
    void anUnknownCommandIsOneLineAndExitCodeTwo() throws Exception {
        JarRun run = JarRun.run(counter, "frobnicate");

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(
                "counterdesk: Unmatched argument at index 0: 'frobnicate' (see counterdesk --help)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verifySummarisesIntactRecords() throws Exception {
        JarRun run = JarRun.run(counter, "verify");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out().lines().toList()).hasSize(9).satisfies(lines -> {
            assertThat(lines.get(0)).matches("Journal: \\d+ entries intact in 1 terminal chain");
            assertThat(lines.get(1)).matches("Journal of CD01: \\d+ entries, head [0-9a-f]{64}");
            assertThat(lines.get(2)).isEqualTo("Journal counters: 1 terminal chain, each ending at the last entry its counter issued");
            assertThat(lines.get(3)).isEqualTo("Day closure heads: 2 recorded heads found in the chain");
            assertThat(lines.get(4)).isEqualTo("Anchors: 0 journal heads held outside the database lead to this chain");
            assertThat(lines.get(5)).isEqualTo("Receipts at CD01: CD01-000001..CD01-000008, no gaps or duplicates");
            assertThat(lines.get(6)).isEqualTo("Voids at CD01: CD01-V000001..CD01-V000002, no gaps or duplicates");
            assertThat(lines.get(7)).isEqualTo("Day closures at CD01: 2 (CD01-Z0001..CD01-Z0002), grand totals consistent");
            assertThat(lines.get(8)).matches("Seals: \\d+ records match their sealing journal entries; none unsealed");
        });
        assertThat(run.err()).isEmpty();
    }

    @Test
    void verifyNamesTheFirstProblemInATamperedDatabase() throws Exception {
        Path copy = copyOfCounter("tampered");
        try (Database db = Database.open(new DataFolder(copy).database())) {
            Insider.sql(db.jdbi(), "SET REFERENTIAL_INTEGRITY FALSE", "DELETE FROM receipt WHERE receipt_no = 'CD01-000003'");
        }

        JarRun run = JarRun.run(copy, "verify");

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(run.errLines()).containsExactly(
                "verify: Receipt CD01-000003 is missing (CD01-000002 is followed by CD01-000004)");
    }

    @Test
    void verifyAgainstAnAnchorTheChainDoesNotLeadToIsExitCodeThree() throws Exception {
        String read = "1:" + "ab".repeat(32);

        JarRun run = JarRun.run(counter, "verify", "--anchor", read);

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.INTEGRITY);
        assertThat(run.errLines()).singleElement().asString()
                .matches("verify: Journal entry 1 has the hash [0-9a-f]{64} but the anchor given \\(" + read
                        + "\\) says " + "ab".repeat(32) + ": the journal was rewritten up to that entry");
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderAndVerifies() throws Exception {
        Path copy = copyOfCounter("source");
        Path zip = dir.resolve("backups").resolve("counterdesk-2026-11-24.zip");
        Files.createDirectories(zip.getParent());

        JarRun backup = JarRun.run(copy, "backup", zip.toString());
        assertThat(backup.exit()).as("%s", backup).isZero();
        assertThat(backup.out()).startsWith("Backup written: " + zip + " (");
        assertThat(Files.list(zip.getParent()).toList()).containsExactly(zip);

        Path empty = dir.resolve("restored");
        JarRun restore = JarRun.run(empty, "restore", zip.toString());
        assertThat(restore.exit()).as("%s", restore).isZero();
        assertThat(restore.out()).startsWith("Restored " + zip + " (made ")
                .contains("Receipts at CD01: CD01-000001..CD01-000008, no gaps or duplicates");

        JarRun verify = JarRun.run(empty, "verify");
        assertThat(verify.exit()).as("%s", verify).isZero();
        assertThat(verify.out()).contains("Day closures at CD01: 2 (CD01-Z0001..CD01-Z0002), grand totals consistent");
    }

    @Test
    void aRestoreIntoAFolderInUseIsRefusedInOneLine() throws Exception {
        Path copy = copyOfCounter("source");
        Path zip = dir.resolve("b.zip");
        assertThat(JarRun.run(copy, "backup", zip.toString()).exit()).isZero();

        JarRun run = JarRun.run(copy, "restore", zip.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.FAILED);
        assertThat(run.errLines()).containsExactly("counterdesk restore: The data folder " + copy
                + " is not empty (it holds db, documents): restore only into an empty folder, "
                + "so nothing is overwritten.");
    }

    @Test
    void theDayReportOfAClosedDayIsWrittenAsAPdfWithTheDaysFigures() throws Exception {
        Path copy = copyOfCounter("reports");
        Path pdf = dir.resolve("day.pdf");

        JarRun run = JarRun.run(copy, "report", "day", closedDays.get(0).toString(), "--pdf", pdf.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out()).startsWith("Day report CD01-Z0001 of " + closedDays.get(0) + " written to " + pdf);
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Day report", "CD01-Z0001", "CD01-000001", "CD01-000004", "$287.97", "COPY: the original");
        Pdfs.keepSample(pdf, "cli-day-report.pdf");
    }

    @Test
    void aDayNotClosedHasNoDayReport() throws Exception {
        Path pdf = dir.resolve("open.pdf");

        JarRun run = JarRun.run(counter, "report", "day", "2027-01-05", "--pdf", pdf.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.FAILED);
        assertThat(run.errLines()).containsExactly("counterdesk report day: The business day 2027-01-05 is not closed "
                + "at terminal CD01: a day report exists only for a closed day (close it in Banking, F6).");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aFolderWithNoDatabaseIsRefused() throws Exception {
        JarRun run = JarRun.run(dir.resolve("nothing-here"), "verify");

        assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.FAILED);
        assertThat(run.errLines()).containsExactly("counterdesk verify: There is no Counterdesk database in "
                + dir.resolve("nothing-here") + ": set COUNTERDESK_HOME to the app's data folder (or restore a backup "
                + "into this one).");
    }

    @Test
    void commandsWorkWhileTheAppHoldsTheDatabaseAndLeaveItWorking() throws Exception {
        Path copy = copyOfCounter("in-use");
        Process app = startHeldOpen(copy);
        try (BufferedReader said = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
             Writer tell = new java.io.OutputStreamWriter(app.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(said.readLine()).isEqualTo(HeldOpen.READY);
            assertThatThrownBy(() -> InstanceLock.acquire(copy)).isInstanceOf(InstanceLock.AlreadyRunningException.class);

            JarRun verify = JarRun.run(copy, "verify");
            assertThat(verify.exit()).as("%s", verify).isZero();
            Path zip = dir.resolve("while-open.zip");
            JarRun backup = JarRun.run(copy, "backup", zip.toString());
            assertThat(backup.exit()).as("%s", backup).isZero();
            assertThat(zip).isRegularFile();

            tell.write("post\n");
            tell.flush();
            assertThat(said.readLine()).as("the app still posts after the commands").isEqualTo("POSTED CD01-000009");
            JarRun again = JarRun.run(copy, "verify");
            assertThat(again.out()).contains("Receipts at CD01: CD01-000001..CD01-000009, no gaps or duplicates");

            tell.write("quit\n");
            tell.flush();
            assertThat(said.readLine()).isEqualTo(HeldOpen.CLOSED);
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).isZero();
        } finally {
            app.destroyForcibly();
        }
        JarRun alone = JarRun.run(copy, "verify");
        assertThat(alone.exit()).as("the command alone after the app has gone: %s", alone).isZero();
    }

    @Test
    void aCommandWorksAfterTheAppWasKilledLeavingItsLockFileBehind() throws Exception {
        Path copy = copyOfCounter("killed");
        Process app = startHeldOpen(copy);
        try (BufferedReader said = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo(HeldOpen.READY);
            assertThat(copy.resolve("db").resolve("counterdesk.lock.db")).as("H2's lock file, with the server's port")
                    .isRegularFile();
            Properties lock = new Properties();
            try (var in = Files.newInputStream(copy.resolve("db").resolve("counterdesk.lock.db"))) {
                lock.load(in);
            }
            assertThat(lock.getProperty("server")).as("served on this PC only").matches("(localhost|127\\.0\\.0\\.1):\\d+");
            app.destroyForcibly();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }

        JarRun run = JarRun.run(copy, "verify");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out()).contains("Receipts at CD01: CD01-000001..CD01-000008, no gaps or duplicates");
    }

    private static Process startHeldOpen(Path folder) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeldOpen.class.getName(), folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** A copy of the prepared counter's data folder (closed, so its files can be copied). */
    private Path copyOfCounter(String name) throws IOException {
        Path target = dir.resolve(name);
        try (Stream<Path> all = Files.walk(counter)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(counter.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
