package org.counterdesk.exchange.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.counterdesk.common.Refused;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch holds: valid against its schema, byte-identical when made again, totals that add up. */
class BatchContentTest {

    @TempDir
    Path dir;
    private TestCounter c;
    private ExportDays days;
    private BatchExports exports;
    private Path outbox;

    @BeforeEach
    void setUp() throws Exception {
        c = TestCounter.demo(dir);
        days = new ExportDays(c);
        exports = c.services.exchangeRoom().batches();
        outbox = c.services.exchangeRoom().folders().outbox();
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    @Test
    void aClosedDayBecomesABatchAndManifestThatMatchTheirSchemas() throws Exception {
        LocalDate day1 = days.firstDay();
        LocalDate day2 = days.nextDay();

        var results = exports.exportPending(days.sam, ExportProgress.NONE);

        assertThat(results).extracting(BatchResult::batchNo).containsExactly("CD01-B000001", "CD01-B000002");
        assertThat(results).extracting(BatchResult::businessDate).containsExactly(day1, day2);
        assertThat(results).allSatisfy(r -> assertThat(r.state()).isEqualTo(BatchState.SENT));
        assertThat(Samples.names(outbox)).containsExactly("CD01-B000001.json", "CD01-B000001.manifest.json",
                "CD01-B000002.json", "CD01-B000002.manifest.json");
        for (String base : new String[] {"CD01-B000001", "CD01-B000002"}) {
            JsonNode batch = Samples.read(outbox.resolve(base + ".json"));
            JsonNode manifest = Samples.read(outbox.resolve(base + ".manifest.json"));
            assertThat(JsonSchemas.check("batch", batch)).isEmpty();
            assertThat(JsonSchemas.check("manifest", manifest)).isEmpty();
            byte[] bytes = Files.readAllBytes(outbox.resolve(base + ".json"));
            assertThat(manifest.get("sha256").asText()).isEqualTo(BatchFiles.sha256(bytes));
            assertThat(manifest.get("sizeBytes").asLong()).isEqualTo(bytes.length);
            assertThat(manifest.get("journalHead").asText()).isEqualTo(batch.get("closure").get("journalHead").asText());
            assertThat(manifest.get("counts")).isEqualTo(batch.get("header").get("counts"));
        }
        Samples.keep(outbox.resolve("CD01-B000001.json"), "CD01-B000001.json");
        Samples.keep(outbox.resolve("CD01-B000001.manifest.json"), "CD01-B000001.manifest.json");
        Samples.keep(outbox.resolve("CD01-B000002.json"), "CD01-B000002.json");
        assertThat(exports.daysNotExported()).isEmpty();
    }

    @Test
    void theSameBatchExportedAgainHasTheSameBytes() throws Exception {
        LocalDate day1 = days.firstDay();
        BatchResult first = exports.exportDay(days.sam, day1, ExportProgress.NONE);
        byte[] bytes = Files.readAllBytes(outbox.resolve(first.fileName()));
        byte[] manifest = Files.readAllBytes(outbox.resolve("CD01-B000001.manifest.json"));
        Files.delete(outbox.resolve(first.fileName()));
        Files.delete(outbox.resolve("CD01-B000001.manifest.json"));
        c.clock.advance(Duration.ofDays(3));

        BatchResult again = exports.exportDay(days.sam, day1, ExportProgress.NONE);

        assertThat(again.created()).isFalse();
        assertThat(again.number()).isEqualTo(first.number());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(Files.readAllBytes(outbox.resolve(first.fileName()))).isEqualTo(bytes);
        assertThat(Files.readAllBytes(outbox.resolve("CD01-B000001.manifest.json"))).isEqualTo(manifest);
        assertThat(exports.batches()).hasSize(1);
    }

    @Test
    void controlTotalsAreTheSumsOfTheRecordsAndTheClosure() throws Exception {
        days.firstDay();
        days.nextDay();
        exports.exportPending(days.sam, ExportProgress.NONE);
        for (String base : new String[] {"CD01-B000001", "CD01-B000002"}) {
            checkTotals(Samples.read(outbox.resolve(base + ".json")));
        }
        JsonNode day1 = Samples.read(outbox.resolve("CD01-B000001.json"));
        assertThat(day1.get("voids")).hasSize(1);
        String voided = day1.get("voids").get(0).get("receiptNo").asText();
        assertThat(day1.get("receipts")).anySatisfy(r -> {
            assertThat(r.get("receiptNo").asText()).isEqualTo(voided);
            assertThat(r.get("voidNo").asText()).isEqualTo(day1.get("voids").get(0).get("voidNo").asText());
        });
        assertThat(day1.get("deposits").get(0).get("cheques")).hasSize(2);
        JsonNode day2 = Samples.read(outbox.resolve("CD01-B000002.json"));
        JsonNode reversal = day2.get("reversals").get(0);
        assertThat(day1.get("receipts")).anySatisfy(r ->
                assertThat(r.get("receiptNo").asText()).isEqualTo(reversal.get("receiptNo").asText()));
        assertThat(reversal.get("amountCents").asLong()).isEqualTo(157_50);
        assertThat(day2.get("closure").get("previousGrandTotalCents").asLong())
                .isEqualTo(day1.get("closure").get("grandTotalCents").asLong());
    }

    @Test
    void aBatchThatWouldNotMatchItsSchemaIsNeverWritten() throws Exception {
        days.firstDay();
        exports.exportPending(days.sam, ExportProgress.NONE);
        ObjectNode good = (ObjectNode) Samples.read(outbox.resolve("CD01-B000001.json"));
        assertThat(BatchFiles.of(good.deepCopy()).batch()).isEqualTo(Files.readAllBytes(outbox.resolve("CD01-B000001.json")));

        ObjectNode extra = good.deepCopy();
        ((ObjectNode) extra.get("receipts").get(0)).put("note", "not in the schema");
        ObjectNode dollars = good.deepCopy();
        ((ObjectNode) dollars.get("receipts").get(0)).put("totalCents", 67.52);
        ObjectNode missing = good.deepCopy();
        ((ObjectNode) missing.get("header")).remove("createdAt");
        ObjectNode badTime = good.deepCopy();
        ((ObjectNode) badTime.get("closure")).put("closedAt", "23/11/2026 16:20");

        assertThat(JsonSchemas.check("batch", extra)).extracting(JsonSchemas.Problem::where).containsExactly("$.receipts[0]");
        assertThat(JsonSchemas.check("batch", dollars)).extracting(JsonSchemas.Problem::where)
                .contains("$.receipts[0].totalCents");
        assertThat(JsonSchemas.check("batch", badTime)).extracting(JsonSchemas.Problem::where)
                .containsExactly("$.closure.closedAt");
        for (ObjectNode bad : new ObjectNode[] {extra, dollars, missing, badTime}) {
            assertThatThrownBy(() -> BatchFiles.of(bad)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not written");
        }
    }

    @Test
    void theJournalRecordsExportsWithoutPersonalDetails() {
        days.firstDay();
        exports.exportPending(days.sam, ExportProgress.NONE);
        var details = c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT event || ' ' || details FROM journal WHERE event LIKE 'EXPORT_BATCH_%' ORDER BY seq")
                .mapTo(String.class).list());
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).startsWith("EXPORT_BATCH_CREATED").contains("CD01-Z0001");
        assertThat(details.get(1)).startsWith("EXPORT_BATCH_SENT");
        assertThat(String.join("\n", details)).doesNotContain("Nina Dang", "Citizen", "Smith", "Jordan Lee");
    }

    @Test
    void onlyASupervisorExportsAndOnlyClosedDays() {
        LocalDate day1 = days.firstDay();
        assertThatThrownBy(() -> exports.exportDay(days.casey, day1, ExportProgress.NONE))
                .isInstanceOf(Refused.class).hasMessageContaining("supervisor");
        assertThatThrownBy(() -> exports.exportDay(days.sam, day1.plusDays(1), ExportProgress.NONE))
                .isInstanceOf(Refused.class).hasMessageContaining("not closed");
        assertThat(exports.daysNotExported()).containsExactly(day1);
    }

    private static void checkTotals(JsonNode batch) {
        JsonNode totals = batch.get("header").get("controlTotals");
        JsonNode closure = batch.get("closure");
        Map<String, long[]> byGl = new TreeMap<>();
        long receipted = 0;
        long voided = 0;
        long gst = 0;
        long rounding = 0;
        long cash = 0;
        int lines = 0;
        int tenders = 0;
        for (JsonNode r : batch.get("receipts")) {
            receipted += r.get("totalCents").asLong();
            lines += r.get("lines").size();
            tenders += r.get("tenders").size();
            long lineSum = 0;
            for (JsonNode l : r.get("lines")) {
                lineSum += l.get("amountCents").asLong();
            }
            assertThat(lineSum).isEqualTo(r.get("totalCents").asLong());
            if (!r.get("voidNo").isNull()) {
                voided += r.get("totalCents").asLong();
                continue;
            }
            gst += r.get("gstCents").asLong();
            rounding += r.get("cashRoundingCents").asLong();
            cash -= r.get("changeCents").asLong();
            for (JsonNode t : r.get("tenders")) {
                cash += "CASH".equals(t.get("kind").asText()) ? t.get("amountCents").asLong() : 0;
            }
            for (JsonNode l : r.get("lines")) {
                add(byGl, l, 1);
            }
        }
        long reversed = 0;
        for (JsonNode x : batch.get("reversals")) {
            reversed += x.get("amountCents").asLong();
            for (JsonNode l : x.get("lines")) {
                add(byGl, l, -1);
                gst -= l.get("gstCents").asLong();
            }
        }
        Map<String, long[]> declared = new TreeMap<>();
        totals.get("byGlAccount").forEach(g -> add(declared, g, 1));
        assertThat(declared.keySet()).isEqualTo(byGl.keySet());
        byGl.forEach((k, v) -> assertThat(declared.get(k)).as(k).containsExactly(v));
        assertThat(totals.get("receiptedCents").asLong()).isEqualTo(receipted).isEqualTo(closure.get("receiptedCents").asLong());
        assertThat(totals.get("voidedCents").asLong()).isEqualTo(voided);
        assertThat(totals.get("reversedCents").asLong()).isEqualTo(reversed);
        assertThat(totals.get("netCents").asLong()).isEqualTo(receipted - voided - reversed)
                .isEqualTo(closure.get("periodTotalCents").asLong());
        assertThat(closure.get("grandTotalCents").asLong())
                .isEqualTo(closure.get("previousGrandTotalCents").asLong() + closure.get("periodTotalCents").asLong());
        assertThat(totals.get("gstCents").asLong()).isEqualTo(gst);
        assertThat(totals.get("cashRoundingCents").asLong()).isEqualTo(rounding);
        long cashTender = 0;
        for (JsonNode t : totals.get("byTender")) {
            cashTender += "CASH".equals(t.get("kind").asText()) ? t.get("amountCents").asLong() : 0;
        }
        assertThat(cashTender).isEqualTo(cash);
        long petty = 0;
        long overShort = 0;
        for (JsonNode m : batch.get("glMovements")) {
            String kind = m.get("kind").asText();
            petty += "PETTY_CASH".equals(kind) ? m.get("amountCents").asLong() : 0;
            overShort += "CASH_OVER_SHORT".equals(kind) ? m.get("amountCents").asLong() : 0;
        }
        assertThat(petty).isEqualTo(-totals.get("pettyCashCents").asLong());
        assertThat(overShort).isEqualTo(totals.get("overShortCents").asLong());
        JsonNode counts = batch.get("header").get("counts");
        assertThat(counts.get("receipts").asInt()).isEqualTo(batch.get("receipts").size());
        assertThat(counts.get("receiptLines").asInt()).isEqualTo(lines);
        assertThat(counts.get("tenders").asInt()).isEqualTo(tenders);
        assertThat(counts.get("voids").asInt()).isEqualTo(batch.get("voids").size());
        assertThat(counts.get("reversals").asInt()).isEqualTo(batch.get("reversals").size());
    }

    private static void add(Map<String, long[]> sums, JsonNode line, int sign) {
        long[] v = sums.computeIfAbsent(line.get("glAccount").asText() + "|" + line.get("taxCode").asText(),
                k -> new long[2]);
        v[0] += sign * line.get("amountCents").asLong();
        v[1] += sign * line.get("gstCents").asLong();
    }
}
