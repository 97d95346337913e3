package org.counterdesk.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledgements that must not be believed: a batch number beyond any long (2^64+1 once read as
 * 1), a key given twice, a symbolic link, which is set aside without its target being read, and a
 * text holding a control character or a direction override (a message shown to the supervisor
 * must read as it is stored), refused naming the field as the master-data imports do.
 */
class BadAcknowledgementTest {

    @TempDir
    Path dir;
    private TestCounter c;
    private BatchExports exports;
    private Path inbox;
    private String sha1;

    @BeforeEach
    void setUp() throws Exception {
        c = TestCounter.demo(dir);
        ExportDays days = new ExportDays(c);
        exports = c.services.exchangeRoom().batches();
        inbox = c.services.exchangeRoom().folders().inbox();
        Files.createDirectories(inbox);
        days.firstDay();
        exports.exportPending(days.sam, ExportProgress.NONE);
        sha1 = exports.batches().get(0).sha256();
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    @Test
    void aBatchNumberBeyondALongIsRefusedNotWrappedToBatchOne() throws Exception {
        Files.writeString(inbox.resolve("wrapped.json"),
                Samples.ack("CD01", 1, sha1, "accepted", "").replace("\"batchNumber\": 1,",
                        "\"batchNumber\": 18446744073709551617,"));
        Files.writeString(inbox.resolve("just-over.json"),
                Samples.ack("CD01", 1, sha1, "accepted", "").replace("\"batchNumber\": 1,",
                        "\"batchNumber\": 9223372036854775808,"));

        AckSummary summary = exports.readInbox();

        assertThat(summary.processed()).isZero();
        assertThat(summary.refused()).extracting(AckSummary.Refusal::fileName)
                .containsExactly("just-over.json", "wrapped.json");
        assertThat(summary.refused()).allSatisfy(r -> assertThat(r.reason()).startsWith("batchNumber: "));
        assertThat(summary.refused().get(1).reason()).contains("18446744073709551617, a number out of range");
        assertThat(state()).isEqualTo(BatchState.SENT);
    }

    @Test
    void anAcknowledgementWithAKeyTwiceIsRefused() throws Exception {
        Files.writeString(inbox.resolve("twice.json"), Samples.ack("CD01", 1, sha1, "rejected", "No")
                .replace("\"status\": \"rejected\",", "\"status\": \"rejected\",\n  \"status\": \"accepted\","));

        AckSummary summary = exports.readInbox();

        assertThat(summary.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("The file is not valid JSON at line 6").contains("Duplicate field 'status'"));
        assertThat(state()).isEqualTo(BatchState.SENT);
    }

    @Test
    void aLinkInTheInboxIsSetAsideWithoutReadingItsTarget() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path target = Files.writeString(elsewhere.resolve("real.json"), Samples.ack("CD01", 1, sha1, "accepted", ""));
        Files.createSymbolicLink(inbox.resolve("CD01-B000001.ack.json"), target);

        AckSummary summary = exports.readInbox();

        assertThat(summary.processed()).isZero();
        assertThat(summary.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("link"));
        assertThat(state()).as("the target was not read").isEqualTo(BatchState.SENT);
        assertThat(target).as("the target stays where it was").exists();
        Path setAside = inbox.resolve("rejected").resolve("CD01-B000001.ack.json");
        assertThat(Files.isSymbolicLink(setAside)).as("the link itself was moved aside").isTrue();
        assertThat(Samples.names(inbox)).doesNotContain("CD01-B000001.ack.json");
    }

    @Test
    void aMessageWithAControlOrDirectionCharacterIsRefusedNamingTheField() throws Exception {
        Files.writeString(inbox.resolve("bell.json"), Samples.ack("CD01", 1, sha1, "rejected", "Wrong\\u0007 total"));
        Files.writeString(inbox.resolve("nul.json"), Samples.ack("CD01", 1, sha1, "rejected", "Bad\\u0000"));
        Files.writeString(inbox.resolve("reversed.json"),
                Samples.ack("CD01", 1, sha1, "rejected", "Short \\u202e05.71$ banked"));

        AckSummary summary = exports.readInbox();

        assertThat(summary.processed()).isZero();
        assertThat(summary.refused()).extracting(AckSummary.Refusal::fileName)
                .containsExactly("bell.json", "nul.json", "reversed.json");
        assertThat(summary.refused()).extracting(AckSummary.Refusal::reason).containsExactly(
                "message: contains a control character (U+0007).",
                "message: contains a control character (U+0000).",
                "message: contains a character that reverses the direction of text (U+202E).");
        assertThat(state()).as("nothing recorded for the batch").isEqualTo(BatchState.SENT);
        assertThat(Files.readString(inbox.resolve("rejected").resolve("reversed.json.reason.txt")))
                .contains("message: ").contains("U+202E");
    }

    @Test
    void aPlainMessageInAnyScriptIsStillTaken() throws Exception {
        Files.writeString(inbox.resolve("ok.json"), Samples.ack("CD01", 1, sha1, "rejected", "Montant erroné, 合計"));

        AckSummary summary = exports.readInbox();

        assertThat(summary.refused()).isEmpty();
        assertThat(state()).isEqualTo(BatchState.REJECTED);
    }

    private BatchState state() {
        return exports.batches().stream().filter(b -> b.number() == 1).findFirst().orElseThrow().state();
    }
}
