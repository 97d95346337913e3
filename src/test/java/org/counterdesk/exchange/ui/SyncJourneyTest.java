package org.counterdesk.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's Sync with finance screen from the keyboard: a closed day exported (F5),
 * finance's rejection read (F6), the batch sent again (F7) and then accepted; a backup (F8).
 */
class SyncJourneyTest extends DemoUiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        ClosedDays.close(c, 1);
    }

    @Test
    void aClosedDayIsExportedRejectedSentAgainAndAccepted() throws Exception {
        openSyncAs("2001", "2222");
        waitUntil(() -> text("#notExported").equals("Closed days not yet exported: 23 Nov"));
        assertThat(text("#syncHeadline")).isEqualTo("No batches yet: export a closed day (F5)");

        type(KeyCode.F5);
        waitUntil(() -> text("#syncDone").equals("Batch CD01-B000001 (day 23 Nov) is in the outbox."));
        waitUntil(() -> batch().state() == BatchState.SENT);
        assertThat(text("#syncHeadline")).isEqualTo("1 batch waits for finance");
        assertThat(text("#notExported")).isEqualTo("Every closed day has been exported.");
        assertThat(cellShowing("SENT")).isTrue();
        Path file = counter.services.exchangeRoom().folders().outbox().resolve("CD01-B000001.json");
        JsonNode batch = JSON.readTree(Files.readAllBytes(file));
        assertThat(JsonSchemas.check("batch", batch)).isEmpty();
        assertThat(text("#batchDetail")).isEqualTo("Batch CD01-B000001: " + String.format("%,d", Files.size(file))
                + " bytes, SHA-256 " + batch().sha256());

        writeAck("rejected", batch().sha256(), "GL 1-4300-3325 is closed; call finance");
        type(KeyCode.F6);
        waitUntil(() -> text("#syncDone").equals("Acknowledgements read: 0 accepted, 1 rejected, 0 mismatched."));
        waitUntil(() -> cellShowing("GL 1-4300-3325 is closed; call finance"));
        assertThat(batch().state()).isEqualTo(BatchState.REJECTED);
        assertThat(cellShowing("REJECTED")).isTrue();
        assertThat(text("#syncHeadline")).isEqualTo("1 rejected");
        assertThat(lookup(".batch-table .table-row-cell").queryAll().stream().anyMatch(row -> row
                .getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("flagged")))).isTrue();
        Screenshots.save("sync-rejected");

        type(KeyCode.F7);
        waitUntil(() -> text("#syncDone").equals("Batch CD01-B000001 was sent again and is in the outbox."));
        waitUntil(() -> batch().state() == BatchState.SENT);

        writeAck("accepted", batch().sha256(), "Imported as journal 88123");
        type(KeyCode.F6);
        waitUntil(() -> text("#syncHeadline").equals("All batches accepted"));
        assertThat(batch().state()).isEqualTo(BatchState.ACCEPTED);
        assertThat(batch().ackedAt()).isNotNull();
        Screenshots.save("sync-accepted");

        type(KeyCode.F7);
        waitForMessage("Batch CD01-B000001 is ACCEPTED: only a rejected, mismatched or queued batch is sent again.");
    }

    @Test
    void aBackupIsWrittenWithItsSizeAndChecksum() throws Exception {
        openSyncAs("2001", "2222");
        waitUntil(() -> text("#backupFile").endsWith(".zip"));
        Path target = Path.of(text("#backupFile"));
        assertThat(target.getParent()).isEqualTo(counter.folder.root().resolve("backups"));
        assertThat(target.getFileName().toString()).matches("counterdesk-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip");

        type(KeyCode.F8);
        waitUntil(() -> text("#syncDone").startsWith("Backup written to " + target + " ("));
        assertThat(Files.size(target)).isPositive();
        assertThat(text("#syncDone")).containsPattern("SHA-256 [0-9a-f]{64}\\)\\.$");

        type(KeyCode.F8);
        waitForMessage("already exists");
    }

    @Test
    void anAdministratorPointsTheOutboxElsewhere() {
        openSyncAs("9001", "9999");
        waitUntil(() -> !text("#outbox").isEmpty());
        retype("#outbox", "finance/out");
        type(KeyCode.ENTER);
        waitForMessage("Give the outbox as a full path");
        Path share = dir.resolve("share").resolve("outbox");
        retype("#outbox", share.toString());
        type(KeyCode.ENTER);
        waitUntil(() -> text("#syncDone").startsWith("Finance folders saved"));
        assertThat(counter.services.exchangeRoom().folders().outbox()).isEqualTo(share);
        assertThat(counter.services.exchangeRoom().folders().outboxIsDefault()).isFalse();
        assertThat(text("#outbox")).isEqualTo(share.toString());
    }

    @Test
    void aSupervisorWhoIsNoAdministratorSeesTheFoldersReadOnly() {
        openSyncAs("2001", "2222");
        waitUntil(() -> !text("#outbox").isEmpty());
        assertThat(lookup("#outbox").queryAs(javafx.scene.control.TextField.class).isEditable()).isFalse();
        assertThat(showing("#saveFolders")).isFalse();
    }

    private void openSyncAs(String staffNumber, String pin) {
        signIn(staffNumber, pin);
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.S);
        waitUntil(() -> showing("#batchTable"));
        assertFocused("#batchTable");
    }

    private BatchStatus batch() {
        return counter.services.exchangeRoom().batches().batches().get(0);
    }

    private boolean cellShowing(String text) {
        TableView<?> table = lookup("#batchTable").queryAs(TableView.class);
        return table.lookupAll(".table-cell").stream().anyMatch(n -> text.equals(((Labeled) n).getText()));
    }

    private void writeAck(String status, String sha, String message) throws Exception {
        Path inbox = counter.services.exchangeRoom().folders().inbox();
        Files.createDirectories(inbox);
        var ack = JSON.createObjectNode().put("terminal", "CD01").put("batchNumber", 1).put("sha256", sha)
                .put("status", status).put("message", message).put("receivedAt", "2026-11-24T09:30:00+11:00");
        assertThat(JsonSchemas.check("ack", ack)).isEmpty();
        Path tmp = inbox.resolve(".CD01-B000001.ack.json.tmp");
        Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ack));
        Files.move(tmp, inbox.resolve("CD01-B000001.ack.json"));
    }
}
