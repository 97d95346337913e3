package org.counterdesk.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.counterdesk.common.Refused;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The petty cash voucher, and what the drawer printing service refuses or survives. */
class DrawerPrintingTest {

    @TempDir
    Path dir;

    private static void setting(TestCounter c, String key, String value) {
        c.services.database().jdbi().useTransaction(h -> new OrganisationDao(h).putSetting(key, value));
    }

    @Test
    void aPettyCashVoucherCarriesTheClaimTheAmountAndThreeSignatureLines() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            CashMovement petty = day.busyMorning(casey);
            Path pdf = c.services.drawer().printing().printVoucher(petty.id());
            Pdfs.keepSample(pdf, "petty-cash-voucher.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("petty-cash/2026-11-23/CD01-P0001.pdf"));
            assertThat(c.folder.printed().resolve("CD01-P0001.pdf")).isNotEmptyFile();
            String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Petty cash voucher", "DEMO — NOT A REAL PETTY CASH VOUCHER", "Riverbend City Council",
                    "Claimant's signature: Jordan Lee, received $23.45", "Cashier's signature: Casey Nguyen",
                    "Approving supervisor's signature: Sam Okafor");
            assertThat(text).containsPattern("Voucher\\s+CD01-P0001").containsPattern("Paid\\s+23 Nov 2026, 12:15 pm")
                    .containsPattern("Drawer\\s+CD01-1, session " + petty.sessionId())
                    .containsPattern("Claimant\\s+Jordan Lee")
                    .containsPattern("Purpose\\s+Milk and tea for the customer service team")
                    .containsPattern("GL account\\s+1-1100-4410").containsPattern("Docket ref.\\s+Coles 4471-0098")
                    .containsPattern("Amount\\s+\\$23\\.45")
                    .containsPattern("Approved by\\s+Sam Okafor \\(supervisor\\)")
                    .containsPattern("Paid by\\s+Casey Nguyen \\(cashier\\)");

            setting(c, PrintSettings.LAYOUT_KEY, "A4");
            Path a4 = c.services.drawer().printing().printVoucher(petty.id());
            Pdfs.keepSample(a4, "petty-cash-voucher-a4.pdf");
            assertThat(Pdfs.pageSize(a4)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            assertThat(Pdfs.text(a4)).containsPattern("Amount\\s+\\$23\\.45").contains("Page 1 of 1");
        }
    }

    @Test
    void onlyPettyCashHasAVoucherAndOnlyAClosedSessionAZReport() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            CashMovement drop = c.services.drawer().movements().drop(casey, CashCount.of(Map.of(Denomination.N5, 2L)),
                    DrawerDays.SAM);
            long id = day.session(casey);
            DrawerPrinting printing = c.services.drawer().printing();

            assertThatThrownBy(() -> printing.printVoucher(drop.id())).isInstanceOf(Refused.class)
                    .hasMessage("There is no petty cash payment " + drop.id() + " to print a voucher for.");
            assertThatThrownBy(() -> printing.printZ(id)).isInstanceOf(Refused.class)
                    .hasMessage("Drawer CD01-1 (session " + id + ") is not closed yet: its Z report prints once it is.");
            assertThatThrownBy(() -> printing.printZ(9_999)).isInstanceOf(Refused.class)
                    .hasMessage("There is no drawer session 9999.");
            assertThatThrownBy(() -> printing.printX(c.administrator(), id)).isInstanceOf(Refused.class)
                    .hasMessage("Only the drawer's cashier or a supervisor can print its X report.");

            day.countExactly(casey);
            assertThatThrownBy(() -> printing.printX(casey, id)).isInstanceOf(Refused.class)
                    .hasMessageContaining("print its Z report instead");
            assertThat(Pdfs.text(printing.printZ(id))).contains("BALANCED");
            int journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "X_REPORT_PRINTED", "drawer_session", Long.toString(id)));
            assertThat(journaled).isZero();
        }
    }

    @Test
    void aSessionFromBeforeCountedSessionsHasNoZReport() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            long id = c.services.database().jdbi().withHandle(h -> h.createUpdate("INSERT INTO drawer_session "
                            + "(drawer_id, cashier_id, business_date, opened_at, implicit_open) SELECT d.id, p.id, "
                            + "DATE '2026-11-20', TIMESTAMP WITH TIME ZONE '2026-11-20 09:00:00+11:00', TRUE "
                            + "FROM drawer d, staff p WHERE d.code = 'CD01-1' AND p.staff_number = '1001'")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
            assertThatThrownBy(() -> c.services.drawer().printing().printZ(id)).isInstanceOf(Refused.class)
                    .hasMessage("Session " + id + " of drawer CD01-1 was never counted (it is from before counted "
                            + "sessions), so it has no Z report.");
        }
    }

    @Test
    void whenThePrinterFailsTheReportIsStillKeptAndJournaled() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            long id = day.session(casey);
            setting(c, PrintSettings.PRINTER_KEY, "Back office laser");

            assertThatThrownBy(() -> c.services.drawer().printing().printX(casey, id))
                    .isInstanceOfSatisfying(NotPrintedException.class, e -> {
                        assertThat(e.saved()).isRegularFile();
                        assertThat(e.saved().getFileName()).hasToString("CD01-1-" + id + "-X-1.pdf");
                    })
                    .hasMessageStartingWith("The X report was saved but could not be printed: there is no printer "
                            + "called \"Back office laser\"");
            assertThat(c.folder.printed().resolve("CD01-1-" + id + "-X-1.pdf")).doesNotExist();
            int journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "X_REPORT_PRINTED", "drawer_session", Long.toString(id)));
            assertThat(journaled).isEqualTo(1);
            boolean intact = c.services.database().jdbi().withHandle(h -> c.services.journal().verify(h).intact());
            assertThat(intact).isTrue();
        }
    }
}
