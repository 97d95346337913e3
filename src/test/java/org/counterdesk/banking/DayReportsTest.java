package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.counterdesk.common.Refused;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The day report written to a file of the administrator's choosing, for closed days only, on both databases. */
@ParameterizedClass
@EnumSource(Store.class)
class DayReportsTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void aClosedDaysReportIsWrittenWithItsFiguresAndJournaled() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"), store)) {
            List<LocalDate> days = ClosedDays.close(c, 2);
            Path pdf = dir.resolve("out").resolve("day-2.pdf");

            DayClosure z = c.services.bankingRoom().dayReports().write(days.get(1), pdf, "CLI");

            assertThat(z.closureNo()).isEqualTo("CD01-Z0002");
            assertThat(Pdfs.text(pdf)).contains("CD01-Z0002", "CD01-000005", "CD01-000008", "$287.98", "$575.95",
                    z.journalHead(), "COPY: the original was printed when the day was closed");
            int journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "DAY_REPORT_WRITTEN", "day_closure", "CD01-Z0002"));
            assertThat(journaled).isEqualTo(1);
        }
    }

    @Test
    void aDayNotClosedIsRefusedAndNoFileIsWritten() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"), store)) {
            LocalDate today = c.services.counter().businessDate();
            Path pdf = dir.resolve("open.pdf");

            assertThatThrownBy(() -> c.services.bankingRoom().dayReports().write(today, pdf, "CLI"))
                    .isInstanceOf(Refused.class)
                    .hasMessage("The business day " + today + " is not closed at terminal CD01: a day report exists "
                            + "only for a closed day (close it in Banking, F6).");
            assertThat(pdf).doesNotExist();
        }
    }
}
