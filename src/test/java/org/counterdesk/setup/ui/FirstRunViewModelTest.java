package org.counterdesk.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.counterdesk.testing.ModelSteps;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run screen's rules: what is refused before anything is written, and the two ways to finish. */
class FirstRunViewModelTest {

    @TempDir
    Path dir;

    private final AtomicBoolean done = new AtomicBoolean();

    private static FirstRunViewModel filledIn(TestCounter c, ModelSteps steps) {
        FirstRunViewModel model = new FirstRunViewModel(c.services.setupRoom().firstRun(), steps.background());
        model.form().name().set("Riverbend City Council");
        model.form().abn().set("57 940 199 530");
        model.form().address().set("1 Civic Place, Riverbend VIC 3999");
        model.form().adminNumber().set("7001");
        model.form().adminName().set("Jordan Blake");
        model.form().adminPin().set("4826");
        model.form().adminPinAgain().set("4826");
        return model;
    }

    @Test
    void twoDifferentPinsAreRefusedBesideTheSecondAndNothingIsSetUp() throws Exception {
        try (TestCounter c = TestCounter.open(dir); ModelSteps steps = new ModelSteps()) {
            FirstRunViewModel model = filledIn(c, steps);
            model.form().adminPinAgain().set("4827");
            steps.run(() -> model.finish(() -> done.set(true)));

            assertThat(model.shown().errors().of("adminPinAgain").get())
                    .isEqualTo("The two PINs are different: type the same PIN twice.");
            assertThat(done).isFalse();
            assertThat(c.services.setupRoom().firstRun().needed()).isTrue();
        }
    }

    @Test
    void finishingWithoutAFeeScheduleAsksForTheFile() throws Exception {
        try (TestCounter c = TestCounter.open(dir); ModelSteps steps = new ModelSteps()) {
            FirstRunViewModel model = filledIn(c, steps);
            steps.run(() -> model.finish(() -> done.set(true)));

            assertThat(model.shown().errors().of("feeFile").get()).isEqualTo("Choose the fee schedule file (JSON) to import.");
            assertThat(done).isFalse();
            assertThat(c.services.setupRoom().firstRun().needed()).isTrue();
        }
    }

    @Test
    void aFileThatIsNotAScheduleListsItsProblemsUnderTheFileField() throws Exception {
        try (TestCounter c = TestCounter.open(dir); ModelSteps steps = new ModelSteps()) {
            FirstRunViewModel model = filledIn(c, steps);
            model.form().feeFile().set(Files.writeString(dir.resolve("fees.json"), "{\"fees\": []}").toString());
            steps.run(model::checkFeeFile);

            assertThat(model.shown().errors().of("feeFile").get())
                    .isEqualTo("This file cannot be imported; nothing was imported. Problems found:");
            assertThat(model.shown().feeProblems()).isNotEmpty();
            assertThat(model.shown().feeSummary().get()).isEmpty();
        }
    }

    @Test
    void theDemoDataSetsTheCounterUpAndMovesOn() throws Exception {
        try (TestCounter c = TestCounter.open(dir); ModelSteps steps = new ModelSteps()) {
            FirstRunViewModel model = new FirstRunViewModel(c.services.setupRoom().firstRun(), steps.background());
            steps.run(() -> model.loadDemo(() -> done.set(true)));

            assertThat(done).isTrue();
            assertThat(model.shown().errors().any()).isFalse();
            assertThat(c.services.setupRoom().firstRun().needed()).isFalse();
        }
    }
}
