package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts and copies made from real posted receipts, read back as text and scanned. */
class ReceiptDocumentsTest {

    private static final String PAYER = "Нина Đặng →";

    @TempDir
    Path dir;

    @Test
    void aRollTaxInvoiceCarriesEverythingTheAtoAsksFor() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, PAYER));
            Path pdf = c.services.receipting().printing().printReceipt(r);
            Pdfs.keepSample(pdf, "receipt-roll.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("receipts/2026-11-23/CD01-000001.pdf"));
            assertThat(Pdfs.pageSize(pdf)[0]).isEqualTo(PageFormat.ROLL_80MM.width());
            String text = Pdfs.text(pdf);
            assertThat(text).contains("Tax invoice", "Riverbend City Council", "ABN 57 940 199 530",
                    "1 Civic Place, Riverbend VIC 3999", "CD01-000001", "23 Nov 2026, 10:15 am", "Casey Nguyen",
                    PAYER, "Replacement animal tag *", "Rates and charges", "Assessment number 89557136", "Photocopying (per page) *",
                    "10 × $0.55", "Total price includes GST $1.14", "* taxable supply: price includes GST",
                    "DEMO — NOT A REAL TAX INVOICE");
            assertThat(text).containsPattern("Total\\s+\\$67\\.52").containsPattern("Cash rounding\\s+-\\$0\\.02")
                    .containsPattern("Amount paid\\s+\\$67\\.50").containsPattern("Cash tendered\\s+\\$100\\.00")
                    .containsPattern("Change\\s+\\$32\\.50");
            assertThat(text).doesNotContainPattern("COPY \\d").doesNotContain("VOIDED");
            assertThat(Pdfs.qrOnFirstPage(pdf)).isEqualTo("CD01-000001");
            assertThat(c.folder.printed().resolve("CD01-000001.pdf")).isNotEmptyFile();
        }
    }

    @Test
    void anA4MailReceiptNamesItsBatchAndScans() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            MailBatch batch = c.services.receipting().mailBatches().open(cashier, "Mail 23 Nov, bag 1", 1,
                    org.counterdesk.money.Money.ofCents(67_52));
            Receipt r = c.services.receipting().poster().post(cashier, Receipts.taxInvoiceInCash(c, PAYER), batch.id());
            Path pdf = c.services.receipting().printing().printReceipt(r, ReceiptLayout.A4);
            Pdfs.keepSample(pdf, "receipt-a4.pdf");

            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            String text = Pdfs.text(pdf);
            assertThat(text).contains("Tax invoice", "ABN 57 940 199 530", "Mail receipt, batch CD01-M0001", PAYER,
                    "Total price includes GST $1.14", "DEMO — NOT A REAL TAX INVOICE", "Page 1 of 1");
            assertThat(text).containsPattern("Cash rounding\\s+-\\$0\\.02");
            assertThat(text).as("the reference says what it is").containsPattern("Assessment\\s+number\\s+89557136");
            assertThat(Pdfs.qrOnFirstPage(pdf)).isEqualTo("CD01-000001");
        }
    }

    @Test
    void aReceiptWithNothingTaxableIsNotATaxInvoiceAndShowsEveryTender() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.everyTender(c));
            Path pdf = c.services.receipting().printing().printReceipt(r);
            Pdfs.keepSample(pdf, "receipt-every-tender-roll.pdf");

            String text = Pdfs.text(pdf);
            assertThat(text).contains("Receipt", "DEMO — NOT A REAL RECEIPT", "Dog registration - full fee",
                    "Terminal ref EF123456", "Cheque no. 000123", "Cheque from J & K Smith · Westpac · BSB 032-001",
                    "Money order no. MO778899", "Issued by Australia Post");
            assertThat(text).doesNotContain("Tax invoice", "GST", "Cash rounding", "taxable");
            assertThat(text).containsPattern("EFTPOS\\s+\\$50\\.00").containsPattern("Cash tendered\\s+\\$50\\.00")
                    .containsPattern("Change\\s+\\$7\\.50").containsPattern("Total\\s+\\$212\\.50");
        }
    }

    @Test
    void aReprintSaysCopyAndIsJournaled() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Receipt r = c.services.receipting().poster().post(cashier, Receipts.taxInvoiceInCash(c, PAYER));
            c.services.receipting().printing().printReceipt(r);
            c.clock.advance(Duration.ofMinutes(20));
            Path first = c.services.receipting().printing().printCopy(cashier, r);
            Path second = c.services.receipting().printing().printCopy(cashier, r);
            Pdfs.keepSample(first, "receipt-copy.pdf");

            assertThat(first.getFileName()).hasToString("CD01-000001-copy1.pdf");
            assertThat(Pdfs.text(first)).contains("COPY 1", "Reprinted 23 Nov 2026, 10:35 am", "Tax invoice",
                    "Total price includes GST $1.14");
            assertThat(Pdfs.text(second)).contains("COPY 2");
            int reprints = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "RECEIPT_REPRINTED", "receipt", "CD01-000001"));
            assertThat(reprints).isEqualTo(2);
            assertThat(Files.exists(c.folder.documents().resolve("receipts/2026-11-23/CD01-000001.pdf"))).isTrue();
        }
    }

    @Test
    void namesInAnyScriptPrintAndLettersTheFontLacksBecomeQuestionMarks() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            String payer = "Zoë Ångström-Nguyễn, Ελένη, Σοφία ← 山田";
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, payer));
            String text = Pdfs.text(c.services.receipting().printing().printReceipt(r)).replaceAll("\\s+", " ");
            assertThat(text).contains("Zoë Ångström-Nguyễn, Ελένη, Σοφία ← ??");
        }
    }
}
