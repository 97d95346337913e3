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
 * Texts in finance's acknowledgements are refused, naming the field, when they hold a control
 * character or a direction override, as the master-data imports refuse them: a message shown to
 * the supervisor must read as it is stored.
 */
class AcknowledgementTextTest {

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
        exports = c.services.exchange().batches();
        inbox = c.services.exchange().folders().inbox();
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
                "a text that could hide or reorder what is shown: [$.message: contains a control character (U+0007)]",
                "a text that could hide or reorder what is shown: [$.message: contains a control character (U+0000)]",
                "a text that could hide or reorder what is shown: [$.message: contains a character that reverses the "
                        + "direction of text (U+202E)]");
        assertThat(state()).as("nothing recorded for the batch").isEqualTo(BatchState.SENT);
        assertThat(Files.readString(inbox.resolve("rejected").resolve("reversed.json.reason.txt")))
                .contains("$.message").contains("U+202E");
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
