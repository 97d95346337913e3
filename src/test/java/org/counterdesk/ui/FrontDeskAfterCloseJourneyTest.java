package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import org.counterdesk.app.AppServices;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.junit.jupiter.api.Test;

/**
 * The front desk keeps the calendar date when the cashiers close their day early in the
 * afternoon: the enquiries counted, their statistics, today's visitors and the date at the top
 * all stay on today; only new receipts move to the next business date.
 */
class FrontDeskAfterCloseJourneyTest extends DemoUiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        AppServices s = c.services;
        Actor casey = c.cashier();
        s.frontDeskRoom().enquiries().record(casey, "Rates", Channel.COUNTER);
        s.frontDeskRoom().enquiries().record(casey, "Rates", Channel.PHONE);
        s.frontDeskRoom().enquiries().record(casey, "Animals", Channel.COUNTER);
        s.frontDeskRoom().visits().signIn(casey, new Visits.Request("Jane Citizen", "Acme Surveying", null, "robyn",
                "Site plan meeting", "", "1", null));
        Days.cashTag(c, casey);
        Drawers.closeBalanced(s, casey);
        s.bankingRoom().banking().bank(casey, "BAG 1", "2001", "2222");
        s.bankingRoom().dayClosures().close(c.supervisor(), TODAY);
        Visit after = s.frontDeskRoom().visits().signIn(casey, new Visits.Request("Joe Bloggs", "Acme Surveying", null, "robyn",
                "Delivery of plans", "", "2", null)).visit();
        assertThat(after.businessDate()).as("a visit after the close is dated today").isEqualTo(TODAY);
    }

    @Override
    protected boolean drawerOpenAtStart() {
        return false;
    }

    @Test
    void afterTheDayCloseTheFrontDeskStillShowsTodaysEnquiriesVisitorsAndDate() throws Exception {
        assertThat(counter.services.counter().businessDate()).isEqualTo(TODAY.plusDays(1));
        signIn("1001", "1111");
        waitUntil(() -> showing("#nav"));
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitUntil(() -> lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "Jane Citizen".equals(c.getItem())));
        assertThat(lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "Joe Bloggs".equals(c.getItem()))).isTrue();
        assertThat(text("#date")).isEqualTo("Mon 23 Nov 2026  \u00b7  receipts dated Tue 24 Nov 2026");
        Screenshots.save("after-close-visitors");

        press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        waitUntil(() -> text(".tally-total").equals("Today: 3 enquiries"));
        type(KeyCode.F5);
        waitUntil(() -> text("#status").startsWith("Today's statistics printed (3 enquiries)"));
        Path day = counter.folder.documents().resolve("enquiries").resolve(TODAY.toString());
        assertThat(Pdfs.text(day.resolve("enquiries-2026-11-23.pdf"))).contains("23 Nov 2026", "Rates", "Animals", "3");
        assertThat(Files.readString(day.resolve("enquiries-2026-11-23.csv"), StandardCharsets.UTF_8))
                .contains("2026-11-23,10:00,Rates,Counter,1", "2026-11-23,10:00,Rates,Phone,1",
                        "2026-11-23,10:00,Animals,Counter,1");
        Screenshots.save("after-close-enquiries");
    }
}
