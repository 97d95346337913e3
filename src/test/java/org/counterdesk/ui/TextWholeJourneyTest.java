package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.counterdesk.testing.CutText;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Fit;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every label, column heading, cell, hint and message whole (no "…", no clipped hint) on the
 * visitors, deliveries, enquiries and settings screens, the receipt screen and the void form, at
 * 1280×720 and 1366×768, with lists that hold real rows. Each screen is saved as a PNG to look at.
 */
class TextWholeJourneyTest extends DemoUiTest {

    private final List<String> cut = new ArrayList<>();

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Days.somethingOnEveryList(c);
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768"})
    void everyScreenShowsItsTextWhole(int width, int height) {
        Fit.resize(this, width, height);
        String size = width + "x" + height;
        signInAsCashier();
        look(size + "-receipt");
        type(KeyCode.F3);
        assertFocused("#search");
        enter("000001");
        type(KeyCode.F6);
        assertFocused("#reason");
        look(size + "-void");
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        assertFocused("#name");
        look(size + "-visitors");
        press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertFocused("#consignment");
        look(size + "-deliveries");
        press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        waitUntil(() -> showing("#type1"));
        look(size + "-enquiries");
        assertThat(cut).as("text cut at " + size).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1280, 720", "1366, 768"})
    void theSettingsScreenShowsItsTextWhole(int width, int height) {
        Fit.resize(this, width, height);
        signIn("9001", "9999");
        waitUntil(() -> showing("#nav"));
        press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        assertFocused("#smtpHost");
        look(width + "x" + height + "-settings");
        assertThat(cut).as("text cut").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theReceiptScreensLinesAreWholeAt1024Wide() {
        Fit.resize(this, 1024, 700);
        signInAsCashier();
        enter("DOGD");
        enter("");
        enter("");
        waitUntil(() -> showing(".line-table .table-row-cell"));
        look("1024x700-receipt-line");
        assertThat(cut).as("text cut").isEmpty();
    }

    private void look(String name) {
        Screenshots.save(name);
        for (String c : CutText.in(visible("#nav").getScene())) {
            cut.add(name + ": " + c);
        }
    }
}
