package org.counterdesk.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.counterdesk.common.Refused;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** X and Z reports of sessions run through the real services, read back as text. */
class SessionReportDocumentsTest {

    @TempDir
    Path dir;

    private static void a4(TestCounter c) {
        c.services.database().jdbi().useTransaction(h -> new OrganisationDao(h).putSetting(PrintSettings.LAYOUT_KEY, "A4"));
    }

    /** The text with every run of white space as one space, so that wrapped lines read as one. */
    private static String flat(Path pdf) throws java.io.IOException {
        return Pdfs.text(pdf).replaceAll("\\s+", " ");
    }

    private static int xReportsJournaled(TestCounter c, long sessionId) {
        return c.services.database().jdbi().withHandle(h ->
                c.services.journal().count(h, "X_REPORT_PRINTED", "drawer_session", Long.toString(sessionId)));
    }

    @Test
    void theXReportShowsTheTakingsSoFarAndTheCashExpectedNowAndIsJournaled() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            day.busyMorning(casey);
            long id = day.session(casey);
            Path x = c.services.drawer().printing().printX(casey, id);
            Pdfs.keepSample(x, "x-report.pdf");

            assertThat(x).isEqualTo(c.folder.documents().resolve("drawer/2026-11-23/CD01-1-" + id + "-X-1.pdf"));
            assertThat(Pdfs.pageSize(x)[0]).isEqualTo(PageFormat.ROLL_80MM.width());
            assertThat(c.folder.printed().resolve(x.getFileName())).isNotEmptyFile();
            String text = flat(x);
            assertThat(text).contains("Mid-shift (X) report", "NOT A CLOSE", "DEMO — NOT A REAL DRAWER REPORT",
                    "Riverbend City Council", "CD01-1, session " + id, "Casey Nguyen", "CD01-P0001",
                    "Jordan Lee: Milk and tea for the customer service team", "Cash drop to safe");
            assertThat(text).containsPattern("Terminal\\s+CD01").containsPattern("Business date\\s+23 Nov 2026")
                    .containsPattern("Opened\\s+23 Nov 2026, 10:15 am").containsPattern("Printed\\s+23 Nov 2026, 1:15 pm")
                    .containsPattern("X report no.\\s+1")
                    .containsPattern("Cash \\(net of change\\)\\s+\\$110\\.00").containsPattern("EFTPOS\\s+\\$523\\.40")
                    .containsPattern("Cheques\\s+\\$350\\.00").containsPattern("Money orders\\s+\\$20\\.00")
                    .containsPattern("Total taken\\s+\\$1,003\\.40").containsPattern("RATES\\s+\\$360\\.00")
                    .containsPattern("FOOD2\\s+\\$473\\.40").containsPattern("Fees receipted\\s+\\$1,003\\.42")
                    .containsPattern("GST included\\s+\\$1\\.14").containsPattern("Cash rounding\\s+-\\$0\\.02")
                    .contains("Receipts 5 issued, CD01-000001 to CD01-000005; 1 voided")
                    .containsPattern("Petty cash paid out\\s+\\$23\\.45").containsPattern("Dropped to the safe\\s+\\$100\\.00")
                    .containsPattern("Float counted at opening\\s+\\$200\\.00")
                    .containsPattern("Cash taken on receipts \\(tendered less change\\)\\s+\\$147\\.00")
                    .containsPattern("Cash paid back on voids\\s+-\\$37\\.00")
                    .containsPattern("Cash dropped to the safe\\s+-\\$100\\.00")
                    .containsPattern("Expected cash in the drawer\\s+\\$186\\.55");
            assertThat(text).doesNotContain("Drawer close (Z) report", "signature");
            assertThat(xReportsJournaled(c, id)).isEqualTo(1);

            Path second = c.services.drawer().printing().printX(c.supervisor(), id);
            assertThat(second.getFileName()).hasToString("CD01-1-" + id + "-X-2.pdf");
            assertThat(flat(second)).containsPattern("X report no.\\s+2");
            assertThat(xReportsJournaled(c, id)).isEqualTo(2);

            a4(c);
            Path third = c.services.drawer().printing().printX(casey, id);
            Pdfs.keepSample(third, "x-report-a4.pdf");
            assertThat(flat(third)).containsPattern("Total taken\\s+\\$1,003\\.40")
                    .containsPattern("Expected cash in the drawer\\s+\\$186\\.55").contains("Page 1 of");
        }
    }

    @Test
    void theZReportOfAShortfallWrittenOffShowsEveryTenderTheCountAndTheSupervisorsDecision() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            day.busyMorning(casey);
            day.busyAfternoon(casey);
            long id = day.session(casey);
            assertThat(day.count(casey, DrawerDays.fiveShort(), null).session().state()).isEqualTo(SessionState.PENDING);
            assertThatThrownBy(() -> c.services.drawer().printing().printZ(id)).isInstanceOf(Refused.class)
                    .hasMessageContaining("is not closed yet");
            day.decide(casey, id, Decision.WRITE_OFF, "Counted twice with the team leader; the $5 was not found");

            Path z = c.services.drawer().printing().printZ(id);
            Pdfs.keepSample(z, "z-report.pdf");
            assertThat(z).isEqualTo(c.folder.documents().resolve("drawer/2026-11-23/CD01-1-" + id + "-Z.pdf"));
            String roll = flat(z);
            assertThat(roll).contains("Drawer close (Z) report", "DEMO — NOT A REAL DRAWER REPORT", "SHORT $5.00",
                    "Variance written off to cash over/short", "Sam Okafor (supervisor)",
                    "Counted twice with the team leader; the $5 was not found",
                    "Cashier's signature: Casey Nguyen", "Supervisor's signature: Sam Okafor", "3 received, all present.",
                    "CD01-P0001", "Jordan Lee");
            assertThat(roll).containsPattern("Closed\\s+23 Nov 2026, 4:40 pm").containsPattern("GL account\\s+1-1900-9020")
                    .containsPattern("Cash\\s+Expected\\s+\\$571\\.55\\s+Counted\\s+\\$566\\.55\\s+Variance\\s+short \\$5\\.00")
                    .containsPattern("EFTPOS\\s+Expected\\s+\\$523\\.40\\s+Counted\\s+\\$523\\.40\\s+Variance\\s+none")
                    .containsPattern("Total\\s+Expected\\s+\\$1,464\\.95\\s+Counted\\s+\\$1,459\\.95\\s+Variance\\s+short \\$5\\.00")
                    .containsPattern("\\$100 × 2\\s+\\$200\\.00").containsPattern("5c × 1\\s+\\$0\\.05")
                    .containsPattern("Total counted\\s+\\$566\\.55").containsPattern("Float kept\\s+\\$200\\.00")
                    .containsPattern("Cash to bank\\s+\\$366\\.55")
                    .containsPattern("Cheque 000123 — J & K Smith, Westpac 032-?001\\s+\\$100\\.00\\s+Receipt CD01-000002 · present")
                    .containsPattern("Expected cash in the drawer\\s+\\$571\\.55")
                    .contains("Receipts 6 issued, CD01-000001 to CD01-000006; 1 voided")
                    .contains("Float $200.00 set, $200.00 counted at opening");
            assertThat(roll).doesNotContain("MISSING", "recounted");

            a4(c);
            Path a4 = c.services.drawer().printing().printZ(id);
            Pdfs.keepSample(a4, "z-report-a4.pdf");
            assertThat(Pdfs.pageSize(a4)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            String text = flat(a4);
            assertThat(text).contains("SHORT $5.00", "Variance written off to cash over/short", "Page 1 of");
            assertThat(text).containsPattern("Cash\\s+\\$571\\.55\\s+\\$566\\.55\\s+short \\$5\\.00")
                    .containsPattern("Cheques\\s+\\$350\\.00\\s+\\$350\\.00\\s+none")
                    .containsPattern("Total\\s+\\$1,464\\.95\\s+\\$1,459\\.95\\s+short \\$5\\.00")
                    .containsPattern("\\$100\\s+2\\s+\\$200\\.00\\s+–\\s+–\\s+2\\s+\\$200\\.00")
                    .containsPattern("Total\\s+\\$566\\.55\\s+\\$200\\.00\\s+\\$366\\.55")
                    .containsPattern("CD01-000005\\s+Cheque 100201 — R Patel, ANZ 013-?006\\s+\\$250\\.00\\s+present");
        }
    }

    @Test
    void aRecountThatBalancesSaysSoAndShowsTheOpeningDifferenceAndWhoAcknowledgedIt() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            CashCount fiveShortFloat = CashCount.of(java.util.Map.of(Denomination.N20, 4L, Denomination.N10, 6L,
                    Denomination.N5, 5L, Denomination.C200, 10L, Denomination.C100, 10L));
            Actor casey = day.open(fiveShortFloat, "Float bag $5 short at handover; reported to finance");
            day.post(casey, Receipts.taxInvoiceInCash(c, "Nina Dang"));
            day.post(casey, Receipts.mailedCheque(c, 80_00, "100305"));
            long id = day.session(casey);
            day.count(casey, Drawers.cashOf(c.services.drawer().closing().status(id).figures().expectedCash()), "100305");
            assertThat(day.decide(casey, id, Decision.RECOUNT, "").session().state()).isEqualTo(SessionState.RECOUNT);
            assertThat(day.countExactly(casey).session().state()).isEqualTo(SessionState.CLOSED);

            Path z = c.services.drawer().printing().printZ(id);
            Pdfs.keepSample(z, "z-report-recount.pdf");
            String text = flat(z);
            assertThat(text).contains("BALANCED", "Balanced", "recounted at a supervisor's request",
                    "Float $200.00 set, $195.00 counted at opening (short $5.00)",
                    "Float difference acknowledged by Sam Okafor (supervisor): Float bag $5 short at handover; reported to finance",
                    "Supervisor's signature and name", "1 received, all present.");
            assertThat(text).containsPattern("Counts\\s+2 \\(recounted")
                    .containsPattern("Cheques\\s+Expected\\s+\\$80\\.00\\s+Counted\\s+\\$80\\.00\\s+Variance\\s+none")
                    .containsPattern("Expected cash in the drawer\\s+\\$262\\.50");
            assertThat(text).doesNotContain("MISSING", "SHORT $", "written off");
        }
    }

    @Test
    void anAcceptedVarianceMarksTheMissingMoneyOrder() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            DrawerDays day = new DrawerDays(c);
            Actor casey = day.open(Drawers.demoFloat(), "");
            day.post(casey, Receipts.everyTender(c));
            long id = day.session(casey);
            day.count(casey, Drawers.cashOf(c.services.drawer().closing().status(id).figures().expectedCash()), "MO778899");
            day.decide(casey, id, Decision.ACCEPT, "Money order handed back to the payer in error; payer will return it");
            a4(c);
            Path z = c.services.drawer().printing().printZ(id);
            Pdfs.keepSample(z, "z-report-accepted-a4.pdf");

            String text = flat(z);
            assertThat(text).contains("SHORT $20.00", "Variance accepted by supervisor", "1 MISSING.",
                    "Money order handed back to the payer in error; payer will return it");
            assertThat(text).containsPattern("Money order MO778899 — Australia Post\\s+\\$20\\.00\\s+MISSING")
                    .containsPattern("Money orders\\s+\\$20\\.00\\s+\\$0\\.00\\s+short \\$20\\.00")
                    .containsPattern("Cheque 000123 — J & K Smith, Westpac 032-?001\\s+\\$100\\.00\\s+present");
            assertThat(text).doesNotContain("written off");
        }
    }
}
