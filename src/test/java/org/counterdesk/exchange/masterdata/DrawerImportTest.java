package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterdesk.exchange.masterdata.ImportFixtures.edited;
import static org.counterdesk.exchange.masterdata.ImportFixtures.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the drawers of a terminal: floats, retiring, and never retiring a drawer in use. */
class DrawerImportTest {

    private static final String SAMPLE = "drawers.json";

    @TempDir
    Path dir;

    private static ObjectNode drawer(ObjectNode doc, int index) {
        return (ObjectNode) doc.get("drawers").get(index);
    }

    private static Drawer stored(TestCounter c, Actor admin, String code) {
        return c.services.drawer().admin().drawers(admin).stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void theSampleAddsADrawerAndSetsFloatsByAmountOrByNotesAndCoins() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Path file = edited(dir, SAMPLE, SAMPLE, doc -> { });
            ImportFixtures.keepSample(file, "drawers-import.json");
            Actor admin = c.administrator();
            ImportResult result = c.services.exchangeRoom().masterData().importDrawers(admin, file);

            assertThat(result.summary()).isEqualTo("Drawers at CD01: 3 drawers (1 added, 1 changed, 0 deactivated)");
            assertThat(stored(c, admin, "CD01-2").setFloat()).isEqualTo(Money.ofDollars(300));
            assertThat(stored(c, admin, "CD01-2").name()).isEqualTo("Drawer 2 (window)");
            assertThat(stored(c, admin, "CD01-3").setFloat()).isEqualTo(Money.ofDollars(100));
            assertThat(c.services.drawer().sessions().drawers(admin)).extracting(Drawer::code)
                    .containsExactly("CD01-1", "CD01-2", "CD01-3");
        }
    }

    @Test
    void aDrawerLeftOutIsRetiredAndCanNoLongerBeOpened() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            Path file = edited(dir, SAMPLE, "two-drawers.json", doc -> ((ArrayNode) doc.get("drawers")).remove(1));
            ImportResult result = c.services.exchangeRoom().masterData().importDrawers(admin, file);

            assertThat(result.deactivated()).isEqualTo(1);
            Actor casey = c.signIn("1001", "1111");
            assertThat(c.services.drawer().sessions().drawers(casey)).extracting(Drawer::code).containsExactly("CD01-1", "CD01-3");
            Drawer retired = stored(c, admin, "CD01-2");
            assertThatThrownBy(() -> c.services.drawer().opening().open(casey, retired.id(), Drawers.cashOf(retired.setFloat()),
                    SessionOpening.Approval.NONE)).isInstanceOf(Refused.class)
                    .hasMessage("Drawer CD01-2 has been retired: choose another drawer.");
            assertThat(c.services.drawer().admin().retired(admin)).containsExactly(retired.id());
            assertThat(c.rows("drawer")).isEqualTo(3);
        }
    }

    @Test
    void aDrawerWithAnOpenSessionIsNeverRetiredAndTheFileChangesNothing() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            c.cashier();
            Actor admin = c.administrator();
            Path retire = edited(dir, SAMPLE, "retire-open.json", doc -> drawer(doc, 0).put("active", false));
            Path leaveOut = edited(dir, SAMPLE, "leave-out-open.json", doc -> ((ArrayNode) doc.get("drawers")).remove(0));
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importDrawers(admin, retire))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "drawers[0] (code CD01-1): retires the drawer, but it has a session not yet closed "
                                    + "(Casey Nguyen, 2026-11-23): close and balance it first."));
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importDrawers(admin, leaveOut))
                    .hasMessageContaining("The file: leaves out drawer CD01-1, which would retire it, but it has a "
                            + "session not yet closed");
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }

    @Test
    void badFloatsAndAnotherTerminalsFileAreRefusedNamingEachDrawer() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor admin = c.administrator();
            Path bad = edited(dir, SAMPLE, "drawers-bad.json", doc -> drawer(doc, 1).put("setFloat", 30003));
            Path rules = edited(dir, SAMPLE, "drawers-rules.json", doc -> {
                doc.put("terminal", "CD02");
                drawer(doc, 1).putObject("floatCount").put("$100", 6);
                drawer(doc, 1).remove("setFloat");
                drawer(doc, 2).put("code", "CD01-1");
                drawer(doc, 2).put("setFloat", 12000);
            });
            String before = snapshot(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importDrawers(admin, bad))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "drawers[1] (code CD01-2) setFloat: must be multiple of 5."))
                    .hasMessageStartingWith("drawers-bad.json was refused and nothing was changed: 1 problem.");
            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importDrawers(admin, rules))
                    .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems()).containsExactly(
                            "terminal: is CD02 but this is terminal CD01: import a terminal's drawers at that terminal.",
                            "drawers[1] (code CD01-2) floatCount: is $600.00: council policy keeps a float at or under "
                                    + "$500.00.",
                            "drawers[2] (code CD01-1) floatCount: adds up to $100.00 but setFloat is $120.00.",
                            "drawers[2] (code CD01-1) code: is used twice (also drawers[0] (code CD01-1))."));
            assertThat(snapshot(c)).isEqualTo(before);
        }
    }
}
