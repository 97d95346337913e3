package org.counterdesk.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.app.AppServices;
import org.counterdesk.store.StorageException;
import org.counterdesk.store.WriteFault;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Getting batches to finance: never half a batch where finance reads, nothing lost when the share is away. */
class DeliveryTest {

    @TempDir
    Path dir;
    private TestCounter c;
    private ExportDays days;
    private AppServices s;

    @BeforeEach
    void setUp() throws Exception {
        c = TestCounter.demo(dir);
        s = c.services;
        days = new ExportDays(c);
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    /** Fails one stage of writing one file in one folder, once. */
    private static final class OneFault implements WriteFault {
        private WriteFault.Stage stage;
        private String file;
        private Path folder;
        private boolean fired;

        void arm(WriteFault.Stage stage, String file, Path folder) {
            this.stage = stage;
            this.file = file;
            this.folder = folder;
            this.fired = false;
        }

        @Override
        public void before(Stage at, Path target) throws IOException {
            if (!fired && at == stage && target.getFileName().toString().equals(file)
                    && target.getParent().equals(folder)) {
                fired = true;
                throw new IOException("disk failed at " + at + " of " + file);
            }
        }
    }

    @Test
    void aWriteFailingAtAnyStageLeavesNothingForFinanceAndARetrySendsTheSameBytes() throws Exception {
        LocalDate day = days.firstDay();
        OneFault fault = new OneFault();
        ExchangeFolders folders = s.exchangeRoom().folders();
        BatchExports exports = new BatchExports(s.database(), s.counter(), s.journal(), s.clock(), folders, fault);
        Path outbox = folders.outbox();
        Path queue = folders.queue();
        byte[] expected = null;
        List<String> tried = new ArrayList<>();
        for (Path place : List.of(queue, outbox)) {
            for (String file : List.of("CD01-B000001.json", "CD01-B000001.manifest.json")) {
                for (WriteFault.Stage stage : WriteFault.Stage.values()) {
                    clear(outbox);
                    fault.arm(stage, file, place);
                    if (place.equals(queue)) {
                        assertThatThrownBy(() -> exports.exportDay(days.sam, day, ExportProgress.NONE))
                                .isInstanceOf(StorageException.class).hasMessageContaining("local queue");
                    } else {
                        BatchResult r = exports.exportDay(days.sam, day, ExportProgress.NONE);
                        assertThat(r.state()).isEqualTo(BatchState.QUEUED);
                        assertThat(r.queuedReason()).contains("disk failed at " + stage);
                    }
                    String what = stage + " of " + file + " in " + place.getFileName();
                    tried.add(what);
                    assertThat(fault.fired).as(what).isTrue();
                    assertThat(Samples.names(outbox)).as(what).noneMatch(n -> n.endsWith(".manifest.json"))
                            .noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp"));
                    assertThat(Samples.names(queue)).as(what).noneMatch(n -> n.startsWith(".") || n.endsWith(".tmp"));

                    if (place.equals(queue)) {
                        exports.exportDay(days.sam, day, ExportProgress.NONE);
                    } else {
                        assertThat(exports.deliverQueued()).as(what).isEqualTo(1);
                    }
                    assertThat(Samples.names(outbox)).as(what)
                            .containsExactly("CD01-B000001.json", "CD01-B000001.manifest.json");
                    byte[] bytes = Files.readAllBytes(outbox.resolve("CD01-B000001.json"));
                    if (expected == null) {
                        expected = bytes;
                    }
                    assertThat(bytes).as(what).isEqualTo(expected);
                    assertThat(Samples.names(queue)).as(what).isEmpty();
                    assertThat(exports.batches()).singleElement().satisfies(b -> {
                        assertThat(b.state()).isEqualTo(BatchState.SENT);
                        assertThat(b.number()).isEqualTo(1);
                    });
                }
            }
        }
        assertThat(tried).hasSize(12);
        assertThat(Samples.read(outbox.resolve("CD01-B000001.manifest.json")).get("sha256").asText())
                .isEqualTo(BatchFiles.sha256(expected));
    }

    @Test
    void anUnreachableOutboxKeepsTheBatchQueuedUntilTheShareReturns() throws Exception {
        Path share = dir.resolve("share");
        s.exchangeRoom().folders().change(c.administrator(), share.resolve("outbox"), share.resolve("inbox"));
        LocalDate day1 = days.firstDay();
        LocalDate day2 = days.nextDay();
        BatchExports exports = s.exchangeRoom().batches();

        List<BatchResult> results = exports.exportPending(days.sam, ExportProgress.NONE);

        assertThat(results).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(BatchState.QUEUED);
            assertThat(r.queuedReason()).contains("not reachable").contains("outbox");
        });
        assertThat(results).extracting(BatchResult::businessDate).containsExactly(day1, day2);
        assertThat(Samples.names(s.exchangeRoom().folders().queue())).containsExactly("CD01-B000001.json",
                "CD01-B000001.manifest.json", "CD01-B000002.json", "CD01-B000002.manifest.json");
        assertThat(exports.batches()).extracting(BatchStatus::state).containsOnly(BatchState.QUEUED);
        assertThat(exports.deliverQueued()).isZero();
        assertThat(exports.batches()).extracting(BatchStatus::state).containsOnly(BatchState.QUEUED);
        assertThat(Files.exists(share)).isFalse();

        Files.createDirectories(share.resolve("outbox"));
        assertThat(exports.deliverQueued()).isEqualTo(2);

        assertThat(Samples.names(share.resolve("outbox"))).containsExactly("CD01-B000001.json",
                "CD01-B000001.manifest.json", "CD01-B000002.json", "CD01-B000002.manifest.json");
        assertThat(Samples.names(s.exchangeRoom().folders().queue())).isEmpty();
        assertThat(exports.batches()).extracting(BatchStatus::state).containsOnly(BatchState.SENT);
        assertThat(exports.batches()).extracting(BatchStatus::queuedReason).containsOnlyNulls();
        long queuedEvents = c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM batch_event WHERE state = 'QUEUED'").mapTo(Long.class).one());
        assertThat(queuedEvents).as("one QUEUED event per batch, not one per failed attempt").isEqualTo(2);
    }

    @Test
    void batchesAreNumberedWithoutGapsAndProgressIsReported() throws Exception {
        days.firstDay();
        days.nextDay();
        days.nextDay();
        List<String> steps = new ArrayList<>();
        BatchExports exports = s.exchangeRoom().batches();
        assertThat(exports.daysNotExported()).hasSize(3);

        exports.exportDay(days.sam, exports.daysNotExported().get(1), ExportProgress.NONE);
        List<BatchResult> rest = exports.exportPending(days.sam, (done, total, what) -> {
            assertThat(done).isBetween(0L, total);
            steps.add(what);
        });

        assertThat(rest).extracting(BatchResult::number).containsExactly(2L, 3L);
        assertThat(exports.batches()).extracting(BatchStatus::number).containsExactly(3L, 2L, 1L);
        assertThat(exports.batches()).extracting(BatchStatus::closureNo)
                .containsExactly("CD01-Z0003", "CD01-Z0001", "CD01-Z0002");
        assertThat(steps).anyMatch(w -> w.startsWith("Reading")).anyMatch(w -> w.endsWith("sent"));
        assertThat(exports.daysNotExported()).isEmpty();
        long journaled = s.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM journal WHERE event = 'EXPORT_BATCH_CREATED'").mapTo(Long.class).one());
        assertThat(journaled).isEqualTo(3);
    }

    private static void clear(Path folder) throws Exception {
        for (String name : Samples.names(folder)) {
            Files.delete(folder.resolve(name));
        }
    }
}
