package org.counterdesk.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.counterdesk.audit.Anchor;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.common.Refused;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finance's answers: accepted, rejected and re-sent, mismatched, and files that are no answer at all. */
class AcknowledgementTest {

    private static final String OTHER_SHA = "0".repeat(64);

    @TempDir
    Path dir;
    private TestCounter c;
    private ExportDays days;
    private BatchExports exports;
    private Path inbox;
    private Path outbox;

    @BeforeEach
    void setUp() throws Exception {
        c = TestCounter.demo(dir);
        days = new ExportDays(c);
        exports = c.services.exchangeRoom().batches();
        inbox = c.services.exchangeRoom().folders().inbox();
        outbox = c.services.exchangeRoom().folders().outbox();
        Files.createDirectories(inbox);
        days.firstDay();
        days.nextDay();
        days.nextDay();
        exports.exportPending(days.sam, ExportProgress.NONE);
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    @Test
    void acceptedRejectedAndMismatchedAcknowledgementsAreRecorded() throws Exception {
        String sha1 = sha(1);
        Path accepted = inbox.resolve("CD01-B000001.ack.json");
        Files.writeString(accepted, Samples.ack("CD01", 1, sha1, "accepted", "Imported as journal 88123"));
        assertThat(JsonSchemas.check("ack", Samples.read(accepted))).isEmpty();
        Samples.keep(accepted, "CD01-B000001.ack.json");
        Files.writeString(inbox.resolve("CD01-B000002.ack.json"),
                Samples.ack("CD01", 2, sha(2), "rejected", "GL 1-4300-3325 is closed; call finance"));
        Files.writeString(inbox.resolve("CD01-B000003.ack.json"), Samples.ack("CD01", 3, OTHER_SHA, "accepted", ""));

        AckSummary summary = exports.readInbox();

        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(summary.mismatched()).isEqualTo(1);
        assertThat(summary.refused()).isEmpty();
        assertThat(Samples.names(inbox)).isEmpty();
        assertThat(Samples.names(inbox.resolve("processed"))).containsExactly("CD01-B000001.ack.json",
                "CD01-B000002.ack.json", "CD01-B000003.ack.json");
        assertThat(status(1).state()).isEqualTo(BatchState.ACCEPTED);
        assertThat(status(1).ackedAt()).isNotNull();
        assertThat(status(2).state()).isEqualTo(BatchState.REJECTED);
        assertThat(status(2).lastMessage()).isEqualTo("GL 1-4300-3325 is closed; call finance");
        assertThat(status(3).state()).isEqualTo(BatchState.MISMATCH);
        assertThat(status(3).lastMessage()).contains(OTHER_SHA).contains(sha(3));
        assertThat(journaled("EXPORT_BATCH_ACCEPTED") + journaled("EXPORT_BATCH_REJECTED")
                + journaled("EXPORT_BATCH_MISMATCH")).isEqualTo(3);
    }

    @Test
    void aJournalHeadFinanceEchoesIsKeptAndVerifyTiesTheChainToItAndToTheManifests() throws Exception {
        String head1 = manifestHead(1);
        String foreign = "ab".repeat(32);
        Files.writeString(inbox.resolve("CD01-B000001.ack.json"), withHead(Samples.ack("CD01", 1, sha(1), "accepted", ""),
                head1));
        assertThat(JsonSchemas.check("ack", Samples.read(inbox.resolve("CD01-B000001.ack.json")))).isEmpty();
        exports.readInbox();
        List<Anchor> manifests = new ManifestAnchors(c.services.exchangeRoom().folders()).read();

        assertThat(status(1).state()).isEqualTo(BatchState.ACCEPTED);
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(3).extracting(Anchor::hash).contains(head1, manifestHead(3));
        IntegrityReport report = c.services.auditRoom().integrity().run(manifests);
        assertThat(report.firstProblem()).isEmpty();
        assertThat(report.passed()).contains("Anchors: " + (manifests.size() + 1)
                + " journal heads held outside the database lead to this chain");

        Files.writeString(inbox.resolve("CD01-B000002.ack.json"), withHead(Samples.ack("CD01", 2, sha(2), "accepted", ""),
                foreign));
        exports.readInbox();
        assertThat(c.services.auditRoom().integrity().run().firstProblem()).contains("The journal head " + foreign + " held in "
                + "finance's acknowledgement of batch CD01-B000002 is not in the chain: the journal was rewritten after "
                + "it was recorded");
    }

    private String manifestHead(long number) throws Exception {
        return Samples.read(outbox.resolve(String.format("CD01-B%06d.manifest.json", number))).get("journalHead").asText();
    }

    private static String withHead(String ack, String head) {
        return ack.replace("\n}\n", ",\n  \"journalHead\": \"" + head + "\"\n}\n");
    }

    @Test
    void aRejectedBatchIsSentAgainByteForByteAndCanThenBeAccepted() throws Exception {
        byte[] first = Files.readAllBytes(outbox.resolve("CD01-B000002.json"));
        Files.writeString(inbox.resolve("CD01-B000002.ack.json"), Samples.ack("CD01", 2, sha(2), "rejected", "Try again"));
        exports.readInbox();
        Files.delete(outbox.resolve("CD01-B000002.json"));
        Files.delete(outbox.resolve("CD01-B000002.manifest.json"));

        assertThatThrownBy(() -> exports.resend(days.casey, 2)).isInstanceOf(Refused.class);
        exports.resend(days.sam, 2);

        assertThat(Files.readAllBytes(outbox.resolve("CD01-B000002.json"))).isEqualTo(first);
        assertThat(status(2).state()).isEqualTo(BatchState.SENT);
        assertThat(status(2).ackedAt()).as("the rejection is history once the batch is sent again").isNull();
        assertThat(journaled("EXPORT_BATCH_RESEND")).isEqualTo(1);
        Files.writeString(inbox.resolve("CD01-B000002.ack.json"), Samples.ack("CD01", 2, sha(2), "accepted", ""));
        exports.readInbox();
        assertThat(status(2).state()).isEqualTo(BatchState.ACCEPTED);
        assertThat(Samples.names(inbox.resolve("processed"))).containsExactly("CD01-B000002.ack-2.json",
                "CD01-B000002.ack.json");
        assertThatThrownBy(() -> exports.resend(days.sam, 2)).isInstanceOf(Refused.class)
                .hasMessageContaining("accepted");
    }

    @Test
    void filesThatAreNoAcknowledgementAreMovedAsideWithTheirReason() throws Exception {
        Files.writeString(inbox.resolve("broken.json"), "{\"terminal\": \"CD01\", \"batchNumber\": ");
        Files.writeString(inbox.resolve("empty.json"), "");
        Files.writeString(inbox.resolve("huge.json"), " ".repeat(1024 * 1024 + 1));
        Files.writeString(inbox.resolve("no-status.json"), Samples.ack("CD01", 1, sha(1), "accepted", "")
                .replace("\"status\": \"accepted\",", ""));
        Files.writeString(inbox.resolve("rejected-silently.json"), Samples.ack("CD01", 1, sha(1), "rejected", ""));
        Files.writeString(inbox.resolve("unknown.json"), Samples.ack("CD01", 99, sha(1), "accepted", ""));
        Files.writeString(inbox.resolve("other-terminal.json"), Samples.ack("CD07", 1, sha(1), "accepted", ""));
        Files.writeString(inbox.resolve(".CD01-B000001.ack.json.tmp"), "{");
        Files.writeString(inbox.resolve("notes.txt"), "not for us");

        AckSummary summary = exports.readInbox();

        assertThat(summary.processed()).isZero();
        assertThat(summary.refused()).extracting(AckSummary.Refusal::fileName).containsExactly("broken.json",
                "empty.json", "huge.json", "no-status.json", "other-terminal.json", "rejected-silently.json", "unknown.json");
        assertThat(summary.refused()).filteredOn(r -> r.fileName().equals("broken.json")).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("The file is not valid JSON at line 1"));
        assertThat(summary.refused()).filteredOn(r -> r.fileName().equals("huge.json")).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("The file is larger than 1 MB: it is not an acknowledgement."));
        assertThat(summary.refused()).filteredOn(r -> r.fileName().equals("no-status.json")).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("status: is missing."));
        assertThat(summary.refused()).filteredOn(r -> r.fileName().equals("unknown.json")).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("CD01-B000099").contains("never exported"));
        assertThat(Samples.names(inbox)).containsExactly(".CD01-B000001.ack.json.tmp", "notes.txt");
        assertThat(Samples.names(inbox.resolve("rejected"))).contains("broken.json", "broken.json.reason.txt",
                "unknown.json", "unknown.json.reason.txt");
        assertThat(Files.readString(inbox.resolve("rejected").resolve("unknown.json.reason.txt")))
                .contains("never exported");
        assertThat(exports.batches()).extracting(BatchStatus::state).containsOnly(BatchState.SENT);
    }

    @Test
    void batchesNotAcceptedADayAfterTheyWereMadeAreOverdue() throws Exception {
        assertThat(exports.overdue()).isEmpty();
        c.clock.advance(Duration.ofHours(25));
        assertThat(exports.overdue()).extracting(BatchStatus::number).containsExactly(3L, 2L, 1L);
        Files.writeString(inbox.resolve("a.json"), Samples.ack("CD01", 1, sha(1), "accepted", ""));
        exports.readInbox();
        assertThat(exports.overdue()).extracting(BatchStatus::number).containsExactly(3L, 2L);
    }

    @Test
    void aMissingInboxIsNothingToReadAndTheDefaultOneIsMade() throws Exception {
        Files.delete(inbox);
        assertThat(exports.readInbox().processed()).isZero();
        assertThat(inbox).isDirectory();
    }

    @Test
    void theLongestMessageFinanceMaySendIsKeptWithAMismatch() throws Exception {
        String longest = "x".repeat(1000);
        Files.writeString(inbox.resolve("CD01-B000001.ack.json"), Samples.ack("CD01", 1, OTHER_SHA, "accepted", longest));
        assertThat(exports.readInbox().mismatched()).isEqualTo(1);
        assertThat(status(1).lastMessage()).hasSize(1000).startsWith("Finance read a file with SHA-256 " + OTHER_SHA);
    }

    private String sha(long number) {
        return status(number).sha256();
    }

    private BatchStatus status(long number) {
        return exports.batches().stream().filter(b -> b.number() == number).findFirst().orElseThrow();
    }

    private long journaled(String event) {
        return c.services.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal WHERE event = :e")
                .bind("e", event).mapTo(Long.class).one());
    }
}
