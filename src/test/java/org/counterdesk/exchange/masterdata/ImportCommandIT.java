package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterdesk.exchange.masterdata.ImportFixtures.edited;
import static org.counterdesk.exchange.masterdata.ImportFixtures.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.counterdesk.testing.JarRun;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counterdesk import fees|staff|drawers FILE --staff N} run as its own process on a real
 * demo data folder: who may import, what a good file prints, and that a bad one changes nothing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ImportCommandIT {

    private static final Map<String, String> ADMIN_PIN = Map.of("COUNTERDESK_PIN", "9999");

    @TempDir
    Path dir;

    @Test
    void anAdministratorImportsEachKindOfFile() throws Exception {
        Path home = dir.resolve("home");
        TestCounter.demo(home).close();
        Path fees = edited(dir, "fee-schedule.json", "fees.json", doc -> doc.put("effectiveFrom", "2027-07-01"));
        Path staff = edited(dir, "staff-directory.json", "staff.json", doc -> { });
        Path drawers = edited(dir, "drawers.json", "drawers.json", doc -> { });

        JarRun f = JarRun.run(home, ADMIN_PIN, "import", "fees", fees.toString(), "--staff", "9001");
        JarRun s = JarRun.run(home, ADMIN_PIN, "import", "staff", staff.toString(), "--staff", "9001");
        JarRun d = JarRun.run(home, ADMIN_PIN, "import", "drawers", drawers.toString(), "--staff", "9001");

        assertThat(f.exit()).as("%s", f).isZero();
        assertThat(f.out()).startsWith("Fee schedule effective 2027-07-01: 19 fees imported");
        assertThat(s.exit()).as("%s", s).isZero();
        assertThat(s.out()).containsIgnoringCase("staff");
        assertThat(d.exit()).as("%s", d).isZero();
        assertThat(d.out()).containsIgnoringCase("drawer");
        try (TestCounter c = TestCounter.open(home)) {
            assertThat(c.services.exchangeRoom().masterData().history()).extracting(ImportResult::kind).hasSize(3);
            assertThat(c.services.auditRoom().integrity().run().intact()).isTrue();
        }
    }

    @Test
    void aBadFileChangesNothingAndEveryProblemIsListedUnderTheReason() throws Exception {
        Path home = dir.resolve("home");
        String before;
        try (TestCounter c = TestCounter.demo(home)) {
            before = masterData(c);
        }
        Path bad = edited(dir, "staff-directory.json", "staff-bad.json", doc -> {
            ((ObjectNode) doc.get("staff").get(1)).put("email", "jordan at council");
            ((ObjectNode) doc.get("staff").get(4)).remove("name");
        });

        JarRun run = JarRun.run(home, ADMIN_PIN, "import", "staff", bad.toString(), "--staff", "9001");

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.errLines().get(0)).isEqualTo(
                "counterdesk import: staff-bad.json was refused and nothing was changed: 2 problems.");
        assertThat(run.err()).contains("staff[1]", "email", "staff[4]", "name");
        try (TestCounter c = TestCounter.open(home)) {
            assertThat(masterData(c)).isEqualTo(before);
            assertThat(ImportFixtures.count(c, "SELECT COUNT(*) FROM journal WHERE event = 'MASTER_DATA_IMPORTED'"))
                    .isZero();
        }
    }

    /** Every master-data row; the journal is left out because signing in to the command is journaled. */
    private static String masterData(TestCounter c) {
        String all = snapshot(c);
        return all.substring(0, all.indexOf("\njournal:"));
    }

    @Test
    void onlyAnAdministratorWithTheRightPinMayImport() throws Exception {
        Path home = dir.resolve("home");
        TestCounter.demo(home).close();
        Path staff = edited(dir, "staff-directory.json", "staff.json", doc -> { });

        JarRun cashier = JarRun.run(home, Map.of("COUNTERDESK_PIN", "1111"), "import", "staff", staff.toString(),
                "--staff", "1001");
        JarRun wrongPin = JarRun.run(home, Map.of("COUNTERDESK_PIN", "1234"), "import", "staff", staff.toString(),
                "--staff", "9001");
        JarRun noPin = JarRun.run(home, "import", "staff", staff.toString(), "--staff", "9001");

        assertThat(cashier.exit()).as("%s", cashier).isEqualTo(1);
        assertThat(cashier.errLines()).containsExactly(
                "counterdesk import: Only an administrator can import master data.");
        assertThat(wrongPin.exit()).as("%s", wrongPin).isEqualTo(1);
        assertThat(wrongPin.errLines()).hasSize(1);
        assertThat(noPin.exit()).isEqualTo(1);
        assertThat(noPin.errLines()).containsExactly("counterdesk import: No PIN: run this at a terminal to be asked "
                + "for it, or set COUNTERDESK_PIN.");
    }
}
