package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printing service: settings, a printer that fails, and how long a receipt takes to make. */
class ReceiptPrintingTest {

    @TempDir
    Path dir;

    private static void setting(TestCounter c, String key, String value) {
        c.services.database().jdbi().useTransaction(h -> new OrganisationDao(h).putSetting(key, value));
    }

    @Test
    void whenThePrinterFailsTheReceiptIsStillKeptAndTheMessageSaysSo() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, "Nina Dang"));
            setting(c, PrintSettings.PRINTER_KEY, "Front desk thermal");
            assertThatThrownBy(() -> c.services.printing().printReceipt(r))
                    .isInstanceOfSatisfying(NotPrintedException.class, e -> {
                        assertThat(e.saved()).isRegularFile();
                        assertThat(e.saved().getFileName()).hasToString("CD01-000001.pdf");
                    })
                    .hasMessageStartingWith("The receipt was saved but could not be printed: there is no printer "
                            + "called \"Front desk thermal\"");
            Path kept = c.folder.documents().resolve("receipts/2026-11-23/CD01-000001.pdf");
            assertThat(Pdfs.text(kept)).contains("CD01-000001", "Tax invoice");
            assertThat(c.folder.printed().resolve("CD01-000001.pdf")).doesNotExist();
        }
    }

    @Test
    void theLayoutSettingChoosesA4ForEveryCounterDocument() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.poster().post(c.cashier(), Receipts.everyTender(c));
            setting(c, PrintSettings.LAYOUT_KEY, "A4");
            Path pdf = c.services.printing().printReceipt(r);
            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            assertThat(Pdfs.text(pdf)).contains("Drawer J & K Smith · Westpac · BSB 032-001", "Page 1 of 1");
        }
    }

    /**
     * Not a pass/fail benchmark, a measure reported in the test output: 50 roll receipts after
     * a warm-up, laid out and saved to memory. The bound only catches something badly wrong.
     */
    @Test
    void makingARollReceiptTakesMilliseconds() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, "Нина Đặng →"));
            ReceiptPdf maker = new ReceiptPdf(c.services.counter().organisation(), true);
            for (int i = 0; i < 20; i++) {
                make(maker, r);
            }
            int runs = 50;
            long start = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                bytes += make(maker, r);
            }
            double perPdf = (System.nanoTime() - start) / 1e6 / runs;
            long fullStart = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                c.services.printing().printReceipt(r);
            }
            double perPrint = (System.nanoTime() - fullStart) / 1e6 / runs;
            System.out.printf("Roll receipt PDF: %.1f ms to make (%d bytes); %.1f ms through printReceipt "
                    + "(make, keep with fsync, copy to the printed folder)%n", perPdf, bytes / runs, perPrint);
            assertThat(perPdf).isLessThan(500);
        }
    }

    private static long make(ReceiptPdf maker, Receipt r) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            maker.draw(doc, r, ReceiptLayout.ROLL_80MM, null);
            doc.save(out);
            return out.size();
        }
    }
}
