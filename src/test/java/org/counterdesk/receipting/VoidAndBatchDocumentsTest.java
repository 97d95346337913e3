package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Void notices and mail batch summaries made from real voids and batches, read back as text. */
class VoidAndBatchDocumentsTest {

    @TempDir
    Path dir;

    private static void setting(TestCounter c, String key, String value) {
        c.services.database().jdbi().useTransaction(h -> new OrganisationDao(h).putSetting(key, value));
    }

    private static Receipt voidIt(TestCounter c, Actor cashier, Receipt r, String refund) {
        c.services.receipting().voids().voidReceipt(cashier, new VoidService.Request(r.receiptNo(), "2001", "2222",
                "Wrong fee keyed", refund));
        return c.services.receipting().receipts().byNumber(r.receiptNo()).orElseThrow();
    }

    @Test
    void aVoidNoticeReversesEveryItemAndPaymentAndHasASignatureLine() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Receipt r = c.services.receipting().poster().post(cashier, Receipts.taxInvoiceInCash(c, "Nina Dang"));
            c.clock.advance(Duration.ofMinutes(5));
            Receipt voided = voidIt(c, cashier, r, "");
            Path pdf = c.services.receipting().printing().printVoid(voided);
            Pdfs.keepSample(pdf, "void.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("voids/2026-11-23/CD01-V000001.pdf"));
            String text = Pdfs.text(pdf);
            assertThat(text).as("voiding a tax invoice is an adjustment note").contains("Adjustment note",
                    "DEMO — NOT A REAL ADJUSTMENT NOTE", "VOID of tax invoice CD01-000001").doesNotContain("Void notice");
            assertThat(text).containsPattern("Adjusts tax invoice\\s+CD01-000001");
            assertThat(text).contains("VOID", "Riverbend City Council",
                    "ABN 57 940 199 530", "CD01-V000001", "23 Nov 2026, 10:20 am", "CD01-000001",
                    "23 Nov 2026, 10:15 am", "Wrong fee keyed", "Casey Nguyen", "Sam Okafor (supervisor)",
                    "Supervisor's signature: Sam Okafor", "Replacement animal tag *");
            assertThat(text).containsPattern("Tax invoice total\\s+\\$67\\.52")
                    .containsPattern("Replacement animal tag \\*\\s+-\\$7\\.02")
                    .containsPattern("Total reversed\\s+-\\$67\\.52").containsPattern("GST reversed \\(adjustment\\)\\s+-\\$1\\.14")
                    .containsPattern("Cash rounding reversed\\s+\\$0\\.02")
                    .containsPattern("Cash refunded\\s+-\\$67\\.50")
                    .containsPattern("Total handed back\\s+-\\$67\\.50");

            setting(c, PrintSettings.LAYOUT_KEY, "A4");
            Path a4 = c.services.receipting().printing().printVoid(voided);
            Pdfs.keepSample(a4, "void-a4.pdf");
            assertThat(Pdfs.text(a4)).containsPattern("Total reversed\\s+-\\$67\\.52").contains("Page 1 of 1");
        }
    }

    @Test
    void anEftposVoidShowsTheRefundReferenceAndAReprintOfTheReceiptSaysVoided() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Receipt r = c.services.receipting().poster().post(cashier, Receipts.everyTender(c));
            Receipt voided = voidIt(c, cashier, r, "RF998877");
            String notice = Pdfs.text(c.services.receipting().printing().printVoid(voided));
            assertThat(notice).as("a receipt with nothing taxable is voided by a void notice").contains("Void notice",
                    "VOID of receipt CD01-000001").doesNotContain("Adjustment note");
            assertThat(notice).contains("Refund ref RF998877", "Terminal ref EF123456", "Cheque from J & K Smith")
                    .containsPattern("EFTPOS refund\\s+-\\$50\\.00")
                    .containsPattern("Cheque no. 000123 returned\\s+-\\$100\\.00")
                    .containsPattern("Money order no. MO778899 returned\\s+-\\$20\\.00")
                    .containsPattern("Cash refunded\\s+-\\$42\\.50");

            Path copy = c.services.receipting().printing().printCopy(cashier, r);
            assertThat(Pdfs.text(copy)).contains("COPY 1", "VOIDED by CD01-V000001");
        }
    }

    @Test
    void aReceiptThatWasNotVoidedHasNoVoidNotice() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.everyTender(c));
            assertThatThrownBy(() -> c.services.receipting().printing().printVoid(r)).isInstanceOf(Refused.class)
                    .hasMessage("Receipt CD01-000001 has not been voided.");
        }
    }

    @Test
    void aMailBatchSummarySaysWhetherItBalancesAndListsVoidsApart() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            MailBatch batch = c.services.receipting().mailBatches().open(cashier, "Mail 23 Nov, bag 1", 2, Money.ofCents(300_00));
            c.services.receipting().poster().post(cashier, Receipts.mailedCheque(c, 120_00, "100201"), batch.id());
            String open = Pdfs.text(c.services.receipting().printing().printMailBatch(batch));
            assertThat(open).contains("CD01-M0001", "Mail 23 Nov, bag 1", "NOT BALANCED",
                    "Still to key: 1 payment and $180.00.", "not yet (still open)")
                    .containsPattern("Control \\(batch header\\): 2 payments\\s+\\$300\\.00")
                    .containsPattern("Keyed \\(voids excluded\\): 1 payment\\s+\\$120\\.00");

            Receipt wrong = c.services.receipting().poster().post(cashier, Receipts.mailedCheque(c, 50_00, "100202"), batch.id());
            voidIt(c, cashier, wrong, "");
            c.services.receipting().poster().post(cashier, Receipts.mailedCheque(c, 180_00, "100203"), batch.id());
            c.services.receipting().mailBatches().finish(cashier, batch.id());
            Path pdf = c.services.receipting().printing().printMailBatch(batch);
            Pdfs.keepSample(pdf, "mail-batch-summary.pdf");

            String text = Pdfs.text(pdf);
            assertThat(text).contains("Mail batch", "DEMO — NOT A REAL DOCUMENT", "BALANCED", "Keyed count and total match the header.",
                    "CD01-000002 VOID", "VOID: voided receipt, not counted in the keyed figures", "R Patel")
                    .doesNotContain("NOT BALANCED")
                    .containsPattern("Keyed \\(voids excluded\\): 2 payments\\s+\\$300\\.00")
                    .containsPattern("Difference: 0 payments\\s+\\$0\\.00")
                    .containsPattern("CD01-000003 · Cheque\\s+\\$180\\.00\\s+R Patel");

            setting(c, PrintSettings.LAYOUT_KEY, "A4");
            Path a4 = c.services.receipting().printing().printMailBatch(batch);
            Pdfs.keepSample(a4, "mail-batch-summary-a4.pdf");
            assertThat(Pdfs.text(a4)).containsPattern("CD01-000002 VOID\\s+R Patel\\s+Cheque\\s+\\$50\\.00")
                    .contains("BALANCED", "Page 1 of 1");
        }
    }
}
