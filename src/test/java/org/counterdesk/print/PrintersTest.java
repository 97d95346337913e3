package org.counterdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the printer from the stored settings, and what each printer does. */
class PrintersTest {

    @TempDir
    Path dir;

    @Test
    void withNoSettingsDocumentsGoToTheFolderOnTheRoll() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Printers printers = c.services.printers();
            assertThat(printers.settings()).isEqualTo(PrintSettings.DEFAULT);
            assertThat(printers.current()).isInstanceOfSatisfying(FolderPrinter.class,
                    p -> assertThat(p.folder()).isEqualTo(c.folder.printed()));
        }
    }

    @Test
    void storedSettingsNameThePrinterAndLayoutAndApplyWithoutARestart() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Printers printers = c.services.printers();
            c.services.database().jdbi().useTransaction(h -> {
                new OrganisationDao(h).putSetting(PrintSettings.PRINTER_KEY, " Front desk ");
                new OrganisationDao(h).putSetting(PrintSettings.LAYOUT_KEY, "a4");
            });
            assertThat(printers.settings()).isEqualTo(new PrintSettings(Optional.of("Front desk"), ReceiptLayout.A4));
            assertThat(printers.current()).isInstanceOf(SystemPrinter.class);
            assertThat(printers.current().describe()).isEqualTo("printer Front desk");
        }
    }

    @Test
    void onlyAnAdministratorChangesThemAndTheChangeIsJournaled() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Printers printers = c.services.printers();
            PrintSettings a4 = new PrintSettings(Optional.empty(), ReceiptLayout.A4);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.services.printSettingsRoom().setup().save(c.cashier(), a4))
                    .hasMessage("Only an administrator can change the printer settings.");
            c.services.printSettingsRoom().setup().save(c.administrator(), a4);
            assertThat(printers.settings()).isEqualTo(a4);
            var head = c.services.database().jdbi().withHandle(h -> c.services.journal().head(h)).orElseThrow();
            assertThat(head.event()).isEqualTo("SETTING_CHANGED");
            assertThat(head.details()).contains("\"receipt.layout\":\"A4\"");
        }
    }

    @Test
    void unknownOrBlankValuesFallBackToTheDefaults() {
        assertThat(PrintSettings.of("  ", "LETTER")).isEqualTo(PrintSettings.DEFAULT);
        assertThat(PrintSettings.of(null, "roll_80mm")).isEqualTo(PrintSettings.DEFAULT);
    }

    @Test
    void aPrinterThatDoesNotExistFailsWithAMessageThatSaysSo() throws Exception {
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "%PDF-1.7");
        assertThatThrownBy(() -> new SystemPrinter("Nowhere 9000").print(pdf, "CD01-000001"))
                .isInstanceOf(PrintFailure.class)
                .hasMessageStartingWith("there is no printer called \"Nowhere 9000\" (")
                .hasMessageEndingWith("Ask an administrator to check the printer setting");
    }

    @Test
    void theFolderPrinterKeepsACopyUnderTheSameName() throws Exception {
        Path pdf = Files.writeString(dir.resolve("CD01-000007.pdf"), "%PDF-1.7 pretend");
        FolderPrinter printer = new FolderPrinter(dir.resolve("printed"));
        printer.print(pdf, "CD01-000007");
        assertThat(printer.holds("CD01-000007.pdf")).isTrue();
        assertThat(dir.resolve("printed/CD01-000007.pdf")).hasContent("%PDF-1.7 pretend");
    }
}
