package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.PrintSettings;
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
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, "Nina Dang"));
            setting(c, PrintSettings.PRINTER_KEY, "Front desk thermal");
            assertThatThrownBy(() -> c.services.receipting().printing().printReceipt(r))
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
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.everyTender(c));
            setting(c, PrintSettings.LAYOUT_KEY, "A4");
            Path pdf = c.services.receipting().printing().printReceipt(r);
            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Cheque from J & K Smith · Westpac · BSB 032-001",
                    "Page 1 of 1");
        }
    }

    @Test
    void theFolderPrintersCopyIsTheKeptFileItselfNotASecondWrite() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = c.services.receipting().poster().post(c.cashier(), Receipts.taxInvoiceInCash(c, "Nina Dang"));
            Path kept = c.services.receipting().printing().printReceipt(r);
            Path printed = c.folder.printed().resolve(kept.getFileName());
            assertThat(Files.isSameFile(kept, printed)).isTrue();
            assertThat(Pdfs.text(printed)).contains(r.receiptNo(), "Tax invoice");
            try (var names = Files.list(c.folder.printed())) {
                assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }
}
