package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterdesk.exchange.masterdata.ImportFixtures.count;
import static org.counterdesk.exchange.masterdata.ImportFixtures.edited;
import static org.counterdesk.exchange.masterdata.ImportFixtures.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Refused;
import org.counterdesk.fees.Fee;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.testing.MutableClock;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a fee schedule: effective dates, history, refusals that change nothing. */
class FeeImportTest {

    @TempDir
    Path dir;

    /** The demo schedule effective {@code date}, with the replacement tag's fee changed in every way a receipt shows. */
    private Path newTagFee(String date) {
        return edited(dir, "fee-schedule.json", "fees-" + date + ".json", doc -> {
            doc.put("effectiveFrom", date);
            ObjectNode tag = fee(doc, "TAG");
            tag.put("description", "Replacement animal tag (new style)");
            tag.put("amount", 850);
            tag.put("gl", "1-4300-3399");
        });
    }

    private static ObjectNode fee(ObjectNode doc, String code) {
        for (JsonNode f : doc.get("fees")) {
            if (f.get("code").asText().equals(code)) {
                return (ObjectNode) f;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void aScheduleForNextFinancialYearLeavesTodaysFeesAloneAndAppliesFromFirstJuly() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            ImportResult result = c.services.exchangeRoom().masterData().importFees(c.administrator(), newTagFee("2027-07-01"));

            assertThat(result.summary()).isEqualTo(
                    "Fee schedule effective 2027-07-01: 19 fees imported; today's fees are unchanged until then");
            assertThat(result.sha256()).hasSize(64);
            assertThat(c.fee("TAG").amount()).isEqualTo(Money.ofCents(702));
            c.clock.set(ZonedDateTime.of(2027, 6, 30, 23, 59, 0, 0, MutableClock.MELBOURNE).toInstant());
            assertThat(c.services.counter().businessDate()).isEqualTo(LocalDate.of(2027, 6, 30));
            assertThat(c.fee("TAG").amount()).isEqualTo(Money.ofCents(702));
            c.clock.set(ZonedDateTime.of(2027, 7, 1, 0, 1, 0, 0, MutableClock.MELBOURNE).toInstant());
            assertThat(c.services.counter().businessDate()).isEqualTo(LocalDate.of(2027, 7, 1));
            Fee tag = c.fee("TAG");
            assertThat(tag.amount()).isEqualTo(Money.ofCents(850));
            assertThat(tag.gl()).isEqualTo("1-4300-3399");
            assertThat(c.services.feesRoom().catalog().inForce(LocalDate.of(2027, 7, 1))).hasSize(19);
        }
    }

    @Test
    void aReceiptPostedBeforeTheImportKeepsTheFeeAsItWasInTheDatabaseAndOnItsReprint() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var cashier = c.cashier();
            Receipt before = c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("TAG"))
                    .withTender(Tender.cash(Money.ofDollars(10))));

            c.services.exchangeRoom().masterData().importFees(c.administrator(), newTagFee("2026-11-23"));
            assertThat(c.fee("TAG").description()).isEqualTo("Replacement animal tag (new style)");

            Map<String, Object> line = c.services.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT description, gl, amount_cents FROM receipt_line WHERE receipt_id = :r")
                    .bind("r", before.id()).mapToMap().one());
            assertThat(line).containsEntry("description", "Replacement animal tag").containsEntry("gl", "1-4300-3325")
                    .containsEntry("amount_cents", 702L);
            Receipt reread = c.services.receipting().receipts().byNumber(before.receiptNo()).orElseThrow();
            String copy = Pdfs.text(c.services.receipting().printing().printCopy(cashier, reread));
            assertThat(copy).contains("COPY", "Replacement animal tag", "$7.02").doesNotContain("new style", "$8.50");

            Receipt after = c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("TAG"))
                    .withTender(Tender.cash(Money.ofDollars(10))));
            assertThat(Pdfs.text(c.services.receipting().printing().printReceipt(after))).contains("new style", "$8.50");
        }
    }

    @Test
    void aSecondImportForTheSameDateSupersedesTheFirstAndBothStayInTheHistory() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var admin = c.administrator();
            c.services.exchangeRoom().masterData().importFees(admin, newTagFee("2027-07-01"));
            Path corrected = edited(dir, "fee-schedule.json", "fees-corrected.json", doc -> {
                doc.put("effectiveFrom", "2027-07-01");
                fee(doc, "TAG").put("amount", 800);
            });
            ImportResult second = c.services.exchangeRoom().masterData().importFees(admin, corrected);

            assertThat(second.summary()).contains("supersedes the earlier import for that date");
            assertThat(c.services.feesRoom().catalog().byCode(LocalDate.of(2027, 7, 1), "TAG").orElseThrow().amount())
                    .isEqualTo(Money.ofCents(800));
            assertThat(count(c, "SELECT COUNT(*) FROM fee_schedule WHERE effective_from = DATE '2027-07-01'")).isEqualTo(2);
            assertThat(c.services.exchangeRoom().masterData().history()).extracting(ImportResult::fileName)
                    .containsExactly("fees-corrected.json", "fees-2027-07-01.json");
        }
    }

    @Test
    void aBadFeeInTheMiddleChangesNothingAndEveryProblemNamesTheFeeAndField() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var admin = c.administrator();
            Path bad = edited(dir, "fee-schedule.json", "fees-bad.json", doc -> {
                doc.put("effectiveFrom", "2027-07-01");
                ObjectNode plan = fee(doc, "PLAN");
                plan.put("min", 900_000);
                plan.put("max", 5_000);
                ((ObjectNode) doc.get("fees").get(12)).put("code", "RATES");
            });
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "fees[8] (code PLAN) min: is more than 'max'.",
                            "fees[12] (code RATES): the code RATES is used twice."))
                    .hasMessageStartingWith("fees-bad.json was refused and nothing was changed: 2 problems.\n"
                            + "  fees[8] (code PLAN) min: is more than 'max'.");
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void aFileOffTheSchemaIsRefusedWithThePathOfEachProblem() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var admin = c.administrator();
            Path bad = edited(dir, "fee-schedule.json", "fees-off-schema.json", doc -> {
                fee(doc, "DOGD").put("amount", "52.50");
                fee(doc, "HALL").put("ammount", 4);
                doc.remove("effectiveFrom");
            });
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "effectiveFrom: is missing.",
                            "fees[2] (code DOGD) amount: is a string but must be a whole number of cents (like 5250 for $52.50) "
                                    + "or null.",
                            "fees[9] (code HALL) ammount: is not a field of this file (is it misspelt?)."));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void malformedJsonSaysWhere() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path bad = ImportFixtures.text(dir, "broken.json", "{\"effectiveFrom\": \"2027-07-01\",\n \"fees\": [ {\"code\": }");
            Path twice = ImportFixtures.text(dir, "twice.json", "{\"fees\": [], \"fees\": []}");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.administrator(), bad))
                    .isInstanceOf(ImportRefused.class).hasMessageContaining("broken.json was refused")
                    .hasMessageContaining("not valid JSON at line 2, column");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.administrator(), twice))
                    .hasMessageContaining("Duplicate field 'fees'");
            Path trailing = ImportFixtures.text(dir, "trailing.json", "{\"fees\": []} {\"fees\": []}");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.administrator(), trailing))
                    .hasMessageContaining("not valid JSON at line 1");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.administrator(), dir.resolve("nowhere.json")))
                    .hasMessageContaining("There is no file");
        }
    }

    @Test
    void anotherCouncilsScheduleOrOneThatWouldNeverApplyIsRefused() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path other = edited(dir, "fee-schedule.json", "other.json", doc -> {
                doc.put("effectiveFrom", "2026-01-01");
                ((ObjectNode) doc.get("organisation")).put("abn", "53004085616");
            });
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.administrator(), other))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "organisation abn: is 53 004 085 616 but this counter belongs to Riverbend City "
                                    + "Council (ABN 57 940 199 530): is this another council's schedule?",
                            "effectiveFrom: is 2026-01-01, before the schedule in force today "
                                    + "(effective 2026-07-01), so it would never be used: date it 2026-07-01 or later."));
        }
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(c.supervisor(), newTagFee("2027-07-01")))
                    .isInstanceOf(Refused.class).hasMessage("Only an administrator can import master data.");
        }
    }

    @Test
    void theImportIsJournaledWithTheFilesHashAndTheJournalStillVerifies() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path file = newTagFee("2027-07-01");
            ImportResult result = c.services.exchangeRoom().masterData().importFees(c.administrator(), file);

            assertThat(result.sha256()).isEqualTo(InboundFile.sha256(Files.readAllBytes(file)));
            var jdbi = c.services.database().jdbi();
            String details = jdbi.withHandle(h -> h.createQuery("SELECT details FROM journal "
                    + "WHERE event = 'MASTER_DATA_IMPORTED'").mapTo(String.class).one());
            assertThat(details).contains("\"sha256\":\"" + result.sha256() + "\"", "\"file\":\"fees-2027-07-01.json\"",
                    "\"kind\":\"FEES\"", "\"records\":19");
            assertThat(count(c, "SELECT COUNT(*) FROM journal WHERE event = 'FEE_SCHEDULE_IMPORTED' AND actor = '9001'"))
                    .isEqualTo(1);
            assertThat(jdbi.withHandle(h -> c.services.journal().verify(h)).intact()).isTrue();
        }
    }
}
