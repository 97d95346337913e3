package org.counterdesk.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.JarRun;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code counterdesk export} and {@code counterdesk ack} run as their own processes on a demo
 * counter with two closed days: batches reach the outbox, a second export finds nothing new,
 * a day written again is the same bytes, acknowledgements are read, and an unreachable outbox
 * leaves the batches queued with a non-zero exit.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExportCommandIT {

    private static final Map<String, String> SUPERVISOR_PIN = Map.of("COUNTERDESK_PIN", "2222");

    @TempDir
    Path dir;

    @Test
    void aSupervisorExportsTheClosedDaysAndFinanceAcknowledgesThem() throws Exception {
        Path home = dir.resolve("home");
        List<LocalDate> days;
        try (TestCounter c = TestCounter.demo(home)) {
            days = ClosedDays.close(c, 2);
        }
        Path outbox = home.resolve("outbox");

        JarRun first = JarRun.run(home, SUPERVISOR_PIN, "export", "--staff", "2001");
        JarRun again = JarRun.run(home, SUPERVISOR_PIN, "export", "--staff", "2001");
        byte[] sent = Files.readAllBytes(outbox.resolve("CD01-B000001.json"));
        JarRun oneDay = JarRun.run(home, SUPERVISOR_PIN, "export", "--day", days.get(0).toString(), "--staff", "2001");

        assertThat(first.exit()).as("%s", first).isZero();
        assertThat(first.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("made, in the outbox"));
        assertThat(first.out()).contains("CD01-B000001  " + days.get(0), "CD01-B000002  " + days.get(1));
        assertThat(again.out()).isEqualTo("Nothing to export: every closed day has its batch." + System.lineSeparator());
        assertThat(oneDay.exit()).as("%s", oneDay).isZero();
        assertThat(oneDay.out()).contains("CD01-B000001", "written again");
        assertThat(Files.readAllBytes(outbox.resolve("CD01-B000001.json"))).isEqualTo(sent);
        assertThat(JsonSchemas.check("batch", Samples.read(outbox.resolve("CD01-B000002.json")))).isEmpty();
        assertThat(JsonSchemas.check("manifest", Samples.read(outbox.resolve("CD01-B000002.manifest.json")))).isEmpty();

        String sha1 = Samples.read(outbox.resolve("CD01-B000001.manifest.json")).get("sha256").asText();
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("CD01-B000001.ack.json"), Samples.ack("CD01", 1, sha1, "accepted", "Posted"));
        Files.writeString(inbox.resolve("CD01-B000002.ack.json"),
                Samples.ack("CD01", 2, sha1, "accepted", "Posted"));
        Files.writeString(inbox.resolve("garbage.json"), "{ not json");

        JarRun ack = JarRun.run(home, "ack");

        assertThat(ack.exit()).as("%s", ack).isZero();
        assertThat(ack.out()).contains("1 accepted, 0 rejected, 1 mismatched, 1 moved aside.",
                "Moved aside: garbage.json", "Needs a supervisor: CD01-B000002 of " + days.get(1) + " is mismatch");
    }

    @Test
    void anUnreachableOutboxQueuesTheBatchAndSaysSo() throws Exception {
        Path home = dir.resolve("home");
        Path share = dir.resolve("share-not-mounted");
        try (TestCounter c = TestCounter.demo(home)) {
            ClosedDays.close(c, 1);
            c.services.exchangeRoom().folders().change(c.administrator(), share, home.resolve("inbox"));
        }

        JarRun queued = JarRun.run(home, SUPERVISOR_PIN, "export", "--staff", "2001");

        assertThat(queued.exit()).as("%s", queued).isEqualTo(1);
        assertThat(queued.out()).contains("CD01-B000001", "queued (");
        assertThat(queued.errLines()).hasSize(1);
        assertThat(queued.errLines().get(0)).startsWith("counterdesk export: 1 batch waits in the local queue: ");
        assertThat(home.resolve("exchange/queue/CD01-B000001.manifest.json")).exists();

        Files.createDirectories(share);
        JarRun delivered = JarRun.run(home, SUPERVISOR_PIN, "export", "--staff", "2001");

        assertThat(delivered.exit()).as("%s", delivered).isZero();
        assertThat(delivered.out()).startsWith("1 queued batch sent to the outbox " + share);
        assertThat(share.resolve("CD01-B000001.json")).exists();
        assertThat(share.resolve("CD01-B000001.manifest.json")).exists();
    }

    @Test
    void aCashierMayNotExport() throws Exception {
        Path home = dir.resolve("home");
        try (TestCounter c = TestCounter.demo(home)) {
            ClosedDays.close(c, 1);
        }

        JarRun run = JarRun.run(home, Map.of("COUNTERDESK_PIN", "1111"), "export", "--staff", "1001");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("counterdesk export: Only a supervisor");
        assertThat(home.resolve("outbox").resolve("CD01-B000001.json")).doesNotExist();
    }
}
