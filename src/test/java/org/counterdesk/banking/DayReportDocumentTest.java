package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterdesk.banking.DepositAdviceDocumentTest.flat;
import static org.counterdesk.banking.DepositAdviceDocumentTest.row;

import java.nio.file.Path;
import java.util.Map;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Day reports of days closed through the real services, read back from their PDFs. */
class DayReportDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theDayReportShowsWhatFinancePostsTheTendersTheGrandTotalsAndTheJournalHead() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            day.bankedDay();
            DayClosure z = c.services.bankingRoom().dayClosures().close(day.sam, day.day1);
            DayFigures f = z.figures();
            Path pdf = c.services.bankingRoom().printing().printDayReport(z.id());
            Pdfs.keepSample(pdf, "day-report.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("day-closures/2026-11-23/CD01-Z0001.pdf"));
            assertThat(c.folder.printed().resolve("CD01-Z0001.pdf")).isNotEmptyFile();
            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            String text = Pdfs.text(pdf);
            assertThat(flat(text)).contains("Day report", "DEMO — NOT A REAL DAY REPORT", "Closure no. CD01-Z0001",
                    "Business date 23 Nov 2026", "Terminal CD01", "Closed by: Sam Okafor (supervisor)");
            assertThat(text).containsPattern("Closed by\\s+Sam Okafor").containsPattern("First receipt no.\\s+CD01-000001")
                    .containsPattern("Last receipt no.\\s+CD01-000005")
                    .contains("5 receipts issued, 1 void, 0 reversals (dishonoured cheques)");
            assertThat(text).as("the day's own report is the original").doesNotContain("COPY:");

            Path copy = c.services.bankingRoom().printing().reprintDayReport(day.sam, z.id());
            assertThat(copy.getFileName().toString()).isEqualTo("CD01-Z0001-copy1.pdf");
            assertThat(Pdfs.text(copy)).contains("COPY 1: the original was printed when the day was closed",
                    z.journalHead());
            int journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "DAY_REPORT_REPRINTED", "day_closure", "CD01-Z0001"));
            assertThat(journaled).isEqualTo(1);

            assertThat(f.byGl()).hasSizeGreaterThan(2);
            Money gst = Money.ZERO;
            for (DayFigures.GlLine l : f.byGl()) {
                assertThat(text).containsPattern(row(l.gl(), l.taxCode(), l.amount().format(), l.gst().format(),
                        l.amount().minus(l.gst()).format()));
                gst = gst.plus(l.gst());
            }
            assertThat(gst).isEqualTo(f.gst());
            assertThat(text).containsPattern(row("Total", f.periodTotal().format(), f.gst().format(),
                    f.periodTotal().minus(f.gst()).format()));

            // Cash: 67.50 + 42.50 taken (the voided TAG nets out) + Sam's 35.00; card 50 + 20; cheques 100 + 157.50
            Map<String, Money> t = f.byTender();
            assertThat(t).containsEntry("CASH", Money.ofCents(145_00)).containsEntry("EFTPOS", Money.ofDollars(70))
                    .containsEntry("CHEQUE", Money.ofCents(257_50)).containsEntry("MONEY_ORDER", Money.ofDollars(20));
            assertThat(text).containsPattern(row("Cash (net of change)", "$145.00")).containsPattern(row("EFTPOS", "$70.00"))
                    .containsPattern(row("Cheques (less any dishonoured)", "$257.50"))
                    .containsPattern(row("Money orders", "$20.00")).containsPattern(row("Total taken", "$492.50"))
                    .containsPattern(row("Period total", f.periodTotal().format()))
                    .containsPattern(row("GST collected (included above)", f.gst().format()))
                    .containsPattern(row("Cash rounding (on cash payments)", "1-1900-9010", f.rounding().format()))
                    .containsPattern(row("Petty cash paid out", "1-1900-9030", "$12.30"))
                    .containsPattern(row("Cash over / short (short $0.50)", "1-1900-9020", "-$0.50"))
                    .containsPattern(row("Casey Nguyen", f.byCashier().get("Casey Nguyen").format()));
            // what was taken is the period total plus the cash rounding
            assertThat(f.periodTotal().plus(f.rounding())).isEqualTo(Money.ofCents(492_50));

            assertThat(z.grandTotal()).isEqualTo(f.periodTotal());
            assertThat(flat(text)).contains("Previous grand total $0.00 This period " + f.periodTotal().format()
                    + " New grand total " + z.grandTotal().format());
            assertThat(z.journalHead()).hasSize(64);
            assertThat(text).contains(z.journalHead());
        }
    }

    @Test
    void theDayReportListsTheDepositsItTiesToAndNamesEachFeeCode() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            Deposit deposit = day.bankedDay();
            DayClosure z = c.services.bankingRoom().dayClosures().close(day.sam, day.day1);
            Path pdf = c.services.bankingRoom().printing().printDayReport(z.id());
            Pdfs.keepSample(pdf, "day-report-deposits.pdf");
            String text = Pdfs.text(pdf);

            assertThat(text).contains("Deposits banked for this day");
            assertThat(flat(text)).contains(String.join(" ", deposit.depositNo(), deposit.reference(),
                    deposit.preparedBy() + ", " + deposit.checkedBy(), deposit.cash().format(),
                    deposit.cheques().format(), deposit.moneyOrders().format(), deposit.total().format()));
            assertThat(text).containsPattern(row("Total banked", deposit.cash().format(), deposit.cheques().format(),
                    deposit.moneyOrders().format(), deposit.total().format()));
            assertThat(text).containsPattern(row("RATES — Rates and charges",
                    z.figures().byFeeCode().get("RATES").format()));
            assertThat(text).contains("DOGF — Dog registration - full fee", "COPY — Photocopying (per page)");
        }
    }

    @Test
    void theNextDaysReportCarriesTheGrandTotalForwardLessTheDishonouredCheque() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            day.bankedDay();
            day.dishonouredNextDay();
            DayClosure first = c.services.bankingRoom().dayClosures().closures(c.services.counter().terminal()).get(0);
            DayClosure second = c.services.bankingRoom().dayClosures().close(day.sam, day.day1.plusDays(1));
            Path pdf = c.services.bankingRoom().printing().printDayReport(second.id());

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("day-closures/2026-11-24/CD01-Z0002.pdf"));
            String text = Pdfs.text(pdf);
            assertThat(text).containsPattern("First receipt no.\\s+none issued")
                    .contains("0 receipts issued, 0 voids, 1 reversal (dishonoured cheques)")
                    .containsPattern(row("Less reversed: dishonoured cheques (1)", "-$157.50"))
                    .containsPattern(row("Period total", "-$157.50"))
                    .containsPattern(row("1-4300-3320", "NT", "-$157.50", "$0.00", "-$157.50"))
                    .containsPattern(row("Cheques (less any dishonoured)", "-$157.50"));
            assertThat(flat(text)).contains("Previous grand total " + first.grandTotal().format() + " This period -$157.50"
                    + " New grand total " + first.grandTotal().minus(Money.ofCents(157_50)).format());
            assertThat(text).contains(second.journalHead()).doesNotContain(first.journalHead());
        }
    }

    @Test
    void whenThePrinterFailsTheDayReportIsStillKept() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            day.bankedDay();
            DayClosure z = c.services.bankingRoom().dayClosures().close(day.sam, day.day1);
            c.services.database().jdbi().useTransaction(h ->
                    new OrganisationDao(h).putSetting(PrintSettings.PRINTER_KEY, "Back office laser"));

            assertThatThrownBy(() -> c.services.bankingRoom().printing().printDayReport(z.id()))
                    .isInstanceOfSatisfying(NotPrintedException.class, e -> assertThat(e.saved())
                            .isEqualTo(c.folder.documents().resolve("day-closures/2026-11-23/CD01-Z0001.pdf"))
                            .isRegularFile())
                    .hasMessageStartingWith("The day report was saved but could not be printed");
            assertThatThrownBy(() -> c.services.bankingRoom().printing().printDayReport(999)).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> c.services.bankingRoom().printing().printDepositAdvice(999)).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> c.services.bankingRoom().printing().printDishonourNotice(999)).isInstanceOf(Refused.class);
        }
    }
}
