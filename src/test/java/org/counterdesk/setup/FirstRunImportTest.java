package org.counterdesk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.exchange.masterdata.ImportResult;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-run setup reads its fee schedule as the fee import does: same checks, same words, a row in the import history. */
class FirstRunImportTest {

    private static final FirstRun.OrganisationForm FORM = new FirstRun.OrganisationForm("Riverbend City Council",
            "57 940 199 530", "1 Civic Place, Riverbend VIC 3999", ZoneId.of("Australia/Melbourne"), "RB01", "7001",
            "Jordan Blake", "4826");

    @TempDir
    Path dir;

    @Test
    void aFileOffTheSchemaIsRefusedWithTheImportsWordsAndSetupWritesNothing() throws Exception {
        Path bad = feeFile("fees-off-schema.json", doc -> {
            fee(doc, "DOGD").put("amount", "52.50");
            doc.remove("effectiveFrom");
        });
        ImportRefused byImport;
        try (TestCounter set = TestCounter.demo(dir.resolve("set"))) {
            byImport = refusal(() -> set.services.exchangeRoom().masterData().importFees(set.administrator(), bad));
        }
        try (TestCounter fresh = TestCounter.open(dir.resolve("fresh"))) {
            FirstRun firstRun = fresh.services.setupRoom().firstRun();
            ImportRefused byCheck = refusal(() -> firstRun.check(bad));
            ImportRefused bySetup = refusal(() -> firstRun.setUp(FORM, bad));

            assertThat(byImport.problems()).containsExactly("effectiveFrom: is missing.",
                    "fees[2] (code DOGD) amount: is a string but must be a whole number of cents (like 5250 for $52.50) "
                            + "or null.");
            assertThat(byCheck).hasMessage(byImport.getMessage());
            assertThat(bySetup).hasMessage(byImport.getMessage());
            assertThat(firstRun.needed()).isTrue();
            assertThat(fresh.services.exchangeRoom().masterData().history()).isEmpty();
        }
    }

    @Test
    void theScheduleIsImportedByTheFirstAdministratorAndKeptInTheImportHistory() throws Exception {
        Path fees = feeFile("fees.json", doc -> { });
        try (TestCounter c = TestCounter.open(dir)) {
            c.services.setupRoom().firstRun().setUp(FORM, fees);

            assertThat(c.services.setupRoom().firstRun().needed()).isFalse();
            assertThat(c.services.exchangeRoom().masterData().history()).singleElement().satisfies(r -> {
                assertThat(r.kind()).isEqualTo("FEES");
                assertThat(r.fileName()).isEqualTo("fees.json");
                assertThat(r.sha256()).isEqualTo(InboundFile.sha256(Files.readAllBytes(fees)));
                assertThat(r.summary()).isEqualTo("Fee schedule effective 2026-07-01: 19 fees imported");
            });
            ImportResult row = c.services.exchangeRoom().masterData().history().get(0);
            long journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "MASTER_DATA_IMPORTED", "master_data_import", Long.toString(row.importId())));
            assertThat(journaled).isEqualTo(1);
            assertThat(c.fee("TAG").amount().cents()).isEqualTo(702);
        }
    }

    @Test
    void anotherCouncilsScheduleIsRefusedAtSetupAsAtImport() throws Exception {
        Path other = feeFile("other.json", doc -> ((ObjectNode) doc.get("organisation")).put("abn", "53004085616"));
        try (TestCounter c = TestCounter.open(dir)) {
            assertThat(refusal(() -> c.services.setupRoom().firstRun().setUp(FORM, other)).problems()).containsExactly(
                    "organisation abn: is 53 004 085 616 but this counter belongs to Riverbend City Council "
                            + "(ABN 57 940 199 530): is this another council's schedule?");
            assertThat(c.services.setupRoom().firstRun().needed()).isTrue();
        }
    }

    private static ImportRefused refusal(Runnable attempt) {
        ImportRefused[] caught = new ImportRefused[1];
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(ImportRefused.class, e -> caught[0] = e);
        return caught[0];
    }

    /** The demo schedule shipped with Counterdesk, edited, written as {@code dir/name}. */
    private Path feeFile(String name, Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/org/counterdesk/setup/demo-fee-schedule.json")) {
            ObjectNode doc = (ObjectNode) json.readTree(in);
            edit.accept(doc);
            return Files.writeString(dir.resolve(name), doc.toPrettyString());
        }
    }

    private static ObjectNode fee(ObjectNode doc, String code) {
        for (JsonNode f : doc.get("fees")) {
            if (f.get("code").asText().equals(code)) {
                return (ObjectNode) f;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
