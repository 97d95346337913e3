package org.counterdesk.printsettings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.ModelSteps;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print settings card's rules: what it reads, what saving says, and who may save. */
class PrintSettingsViewModelTest {

    @TempDir
    Path dir;

    private static PrintSettingsViewModel model(TestCounter c, Actor actor, ModelSteps steps) {
        return new PrintSettingsViewModel(actor, c.services.printSettingsRoom().setup(), steps.background());
    }

    @Test
    void savingPdfsOnA4IsKeptAndSaidInPlainWords() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            PrintSettingsViewModel model = model(c, c.administrator(), steps);
            steps.run(model::refresh);
            assertThat(model.shown().printerChoices()).startsWith(PrintSettingsViewModel.SAVE_TO_FOLDER);
            assertThat(model.form().printer().get()).isEqualTo(PrintSettingsViewModel.SAVE_TO_FOLDER);
            assertThat(model.form().layout().get()).isEqualTo(ReceiptLayout.ROLL_80MM);

            model.form().layout().set(ReceiptLayout.A4);
            steps.run(model::save);

            assertThat(model.shown().status().get()).isEqualTo("Saved: PDFs are saved to " + c.folder.printed()
                    + ", receipts on A4 paper.");
            assertThat(c.services.printers().settings().receiptLayout()).isEqualTo(ReceiptLayout.A4);
            assertThat(c.services.printers().settings().printerName()).isEmpty();
        }
    }

    @Test
    void onlyAnAdministratorMayChangeThePrinting() throws Exception {
        try (TestCounter c = TestCounter.demo(dir); ModelSteps steps = new ModelSteps()) {
            PrintSettingsViewModel model = model(c, c.supervisor(), steps);
            model.form().layout().set(ReceiptLayout.A4);
            steps.run(model::save);

            assertThat(model.shown().errors().general().get()).isEqualTo("Only an administrator can change the printer settings.");
            assertThat(model.shown().status().get()).isEmpty();
            assertThat(c.services.printers().settings().receiptLayout()).isEqualTo(ReceiptLayout.ROLL_80MM);
        }
    }
}
