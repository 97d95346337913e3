package org.counterdesk.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.common.StrictJson;
import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;
import org.junit.jupiter.api.Test;

/** The fee rules of a schedule, on files already through the reading step (or, to see the rules alone, merely parsed). */
class FeeScheduleReaderTest {

    private final FeeScheduleReader reader = new FeeScheduleReader();

    @Test
    void readsTheSampleCouncilSchedule() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/counterdesk/setup/demo-fee-schedule.json")) {
            FeeSchedule s = reader.read(InboundFile.of("demo.json", in.readAllBytes(), FeeScheduleReader.FILE));
            assertThat(s.effectiveFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(s.fees()).hasSize(19);
            Fee tag = s.byCode("TAG").orElseThrow();
            assertThat(tag.amount()).isEqualTo(Money.ofCents(702));
            assertThat(tag.taxCode()).isEqualTo(TaxCode.GST);
            Fee rates = s.byCode("RATES").orElseThrow();
            assertThat(rates.isFixed()).isFalse();
            assertThat(rates.max()).isEqualTo(Money.ofCents(5_000_000));
            assertThat(rates.reference().scheme()).isEqualTo(CheckScheme.MOD10V01);
            assertThat(s.byCode("HALL").orElseThrow().unit()).isEqualTo("hour");
            assertThat(s.organisation().orElseThrow().bank().bsb()).isEqualTo("063-999");
        }
    }

    @Test
    void namesTheFeeAndFieldOfEachProblemAndReturnsNothing() {
        String json = """
                {"effectiveFrom": "2026-07-01", "fees": [
                  {"code": "OK", "description": "Fine", "gl": "1", "tax": "NT", "amount": 100, "reference": null},
                  {"code": "DOGD", "description": "Dog", "gl": "1-4300", "tax": "GST", "amount": "52.50", "reference": null},
                  {"code": "BAD", "description": "Bad tax", "gl": "1", "tax": "VAT", "amount": 100, "reference": null},
                  {"code": "KEY", "description": "Keyed", "gl": "1", "tax": "NT", "amount": null, "min": 500, "max": 100},
                  {"code": "REF", "description": "Ref", "gl": "1", "tax": "NT", "amount": 5, "reference": {"label": "X", "scheme": "MOD97", "required": true}},
                  {"code": "OK", "description": "Twice", "gl": "1", "tax": "NT", "amount": 100, "ammount": 4}
                ]}""";
        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                        "fees[1] (code DOGD) amount: must be a whole number of cents (like 5250 for $52.50), not \"52.50\".",
                        "fees[2] (code BAD) tax: is \"VAT\" but must be one of GST, FRE, NT.",
                        "fees[3] (code KEY) min: is more than 'max'.",
                        "fees[4] (code REF) reference.scheme: is \"MOD97\" but must be one of MOD10V01, MOD10V05, TEXT.",
                        "fees[5] (code OK): unknown field 'ammount' (is it misspelt?).",
                        "fees[5] (code OK): the code OK is used twice."));
    }

    @Test
    void refusesWhatIsNotAFeeScheduleAtAll() {
        assertThatThrownBy(() -> InboundFile.of("f.json", "{\"fees\": [".getBytes(StandardCharsets.UTF_8),
                FeeScheduleReader.FILE)).hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("does not hold a fee schedule");
        assertThatThrownBy(() -> read("{\"effectiveFrom\": \"2026-13-01\", \"fees\": []}"))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                        "effectiveFrom: \"2026-13-01\" is not a date like 2026-07-01.",
                        "fees: must be a list with at least one fee."));
    }

    @Test
    void checksTheOrganisationBlockToo() {
        String json = """
                {"organisation": {"name": "X Council", "abn": "57940199531", "address": "1 St", "timeZone": "Mars/Base",
                  "bank": {"accountName": "Ops", "bsb": "063999", "accountNumber": "1"},
                  "accounts": {"cashRounding": "a", "cashOverShort": "b", "pettyCash": "c", "dishonourFees": "d"}},
                 "effectiveFrom": "2026-07-01",
                 "fees": [{"code": "A", "description": "A", "gl": "1", "tax": "NT", "amount": 1}]}""";
        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                        "organisation abn: is not valid: That ABN fails the ABN check: look for a mistyped digit.",
                        "organisation timeZone: \"Mars/Base\" is not a time zone like Australia/Melbourne.",
                        "organisation bank.bsb: must be 7 to 7 characters."));
    }

    /** The fee rules alone, without the schema in front of them, so each rule's own words are seen. */
    private FeeSchedule read(String json) throws Exception {
        Problems problems = new Problems();
        FeeSchedule schedule = reader.read(StrictJson.read(json.getBytes(StandardCharsets.UTF_8)), problems);
        problems.refuseIfAny("test.json");
        return schedule;
    }
}
