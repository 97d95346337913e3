package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterdesk.exchange.masterdata.ImportFixtures.edited;
import static org.counterdesk.exchange.masterdata.ImportFixtures.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters (NUL, BEL, ESC, C1) and direction overrides never reach the database from a
 * fee, staff or drawer import, and a number too large for any field is refused, not wrapped;
 * each problem names its record and field, and nothing is changed.
 */
class UnsafeImportTextTest {

    @TempDir
    Path dir;

    @Test
    void feesWithControlCharactersOrAHugeAmountAreRefusedNamingFeeAndField() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path bad = edited(dir, "fee-schedule.json", "fees-unsafe.json", doc -> {
                doc.put("effectiveFrom", "2027-07-01");
                fee(doc, "DOGD").put("description", "Dog registration\u0007");
                fee(doc, "TAG").put("description", "Tag \u001b[2J");
                fee(doc, "HALL").put("amount", BigInteger.TWO.pow(64).add(BigInteger.ONE));
            });
            var admin = c.administrator();
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importFees(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).contains(
                            "fees[2] (code DOGD) description: contains a control character (U+0007).",
                            "fees[5] (code TAG) description: contains a control character (U+001B).",
                            "fees[9] (code HALL) amount: is 18446744073709551617, a number out of range."));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void staffNamesWithADirectionOverrideOrNulAreRefusedNamingThePerson() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path bad = edited(dir, "staff-directory.json", "staff-unsafe.json", doc -> {
                ((ObjectNode) doc.get("staff").get(0)).put("name", "Casey \u202eNguyen");
                ((ObjectNode) doc.get("staff").get(1)).put("name", "Jordan\u0000Bell");
                ((ObjectNode) doc.get("businessUnits").get(0)).put("name", "Customer\u2066 Service");
            });
            var admin = c.administrator();
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).contains(
                            "staff[0] (staff number 1001) name: contains a character that reverses the direction of "
                                    + "text (U+202E).",
                            "staff[1] (staff number 1002) name: contains a control character (U+0000).")
                            .anySatisfy(p -> assertThat(p).startsWith("businessUnits[0]").contains(" name: ")
                                    .contains("(U+2066)")));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void aDrawerNameWithAC1ControlCharacterIsRefused() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path bad = edited(dir, "drawers.json", "drawers-unsafe.json",
                    doc -> ((ObjectNode) doc.get("drawers").get(1)).put("name", "Drawer 2\u009b"));
            var admin = c.administrator();
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importDrawers(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "drawers[1] (code CD01-2) name: contains a control character (U+009B)."));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    private static ObjectNode fee(ObjectNode doc, String code) {
        for (JsonNode f : doc.get("fees")) {
            if (f.get("code").asText().equals(code)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no fee " + code + " in the sample");
    }
}
