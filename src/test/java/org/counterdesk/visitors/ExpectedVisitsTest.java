package org.counterdesk.visitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Visitors registered ahead, on both databases: the coming days' list, cancelling, and what cannot be cancelled. */
@ParameterizedClass
@EnumSource(Store.class)
class ExpectedVisitsTest extends FrontDeskTest {

    @Parameter
    Store store;

    @Override
    protected Store store() {
        return store;
    }


    private ExpectedVisit expect(LocalDate on, String name) {
        return fd.expected().add(cashier, new ExpectedVisits.Form(on, name, "Acme Surveying", null, "robyn",
                "Site plan meeting"));
    }

    @Test
    void theComingDaysListShowsLaterDaysInOrderAndLeavesOutTodayAndCancelled() {
        LocalDate today = c.services.counter().businessDate();
        expect(today, "Tara Today");
        ExpectedVisit later = expect(today.plusDays(5), "Luke Later");
        ExpectedVisit soon = expect(today.plusDays(1), "Sam Soon");
        expect(today.plusDays(30), "Fran Far");
        assertThat(fd.expected().upcoming(14)).extracting(ExpectedVisit::name).containsExactly("Sam Soon", "Luke Later");

        ExpectedVisit cancelled = fd.expected().cancel(cashier, later.id());
        assertThat(cancelled.name()).isEqualTo("Luke Later");
        assertThat(fd.expected().upcoming(14)).extracting(ExpectedVisit::id).containsExactly(soon.id());
        assertThat(c.rows("expected_visit")).isEqualTo(4);
        assertThatThrownBy(() -> fd.expected().cancel(cashier, later.id()))
                .hasMessage("The visit of Luke Later was already cancelled.");
        int journaled = c.services.database().jdbi().withHandle(h -> c.services.journal().count(h,
                "EXPECTED_VISIT_CANCELLED", "expected_visit", Long.toString(later.id())));
        assertThat(journaled).isEqualTo(1);
    }

    @Test
    void someoneWhoHasArrivedCannotBeCancelled() {
        ExpectedVisit e = expect(c.services.counter().businessDate(), "Tara Today");
        fd.expected().arrive(cashier, e.id(), null);
        assertThatThrownBy(() -> fd.expected().cancel(cashier, e.id()))
                .hasMessage("Tara Today has already arrived: sign them out instead.");
        assertThatThrownBy(() -> fd.expected().cancel(cashier, 999_999))
                .hasMessage("There is no such expected visit.");
    }
}
