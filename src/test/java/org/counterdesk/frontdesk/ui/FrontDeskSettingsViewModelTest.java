package org.counterdesk.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.desk.ui.DeskModelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The front desk settings screen (administrators), through its view model. */
class FrontDeskSettingsViewModelTest extends DeskModelTest {

    private FrontDeskSettingsViewModel model;

    @BeforeEach
    void screen() {
        model = new FrontDeskSettingsViewModel(c.administrator(), fd.config(), background);
        fx(model::refresh);
    }

    @Test
    void theSettingsAreShownAsSavedWithTheUsualPortOffered() {
        assertThat(read(() -> model.input().smtpHost().get())).isEmpty();
        assertThat(read(() -> model.input().smtpPort().get())).isEqualTo("587");
        assertThat(read(() -> model.input().closeOfBusiness().get())).isEqualTo("17:30");
        assertThat(read(() -> model.input().retentionDays().get())).isEqualTo("90");
        assertThat(read(() -> model.input().enquiryTypes().get())).startsWith("Rates\nAnimals\n");
    }

    @Test
    void aBadPortIsSaidBesideItsFieldAndNothingIsSaved() {
        fx(() -> {
            model.input().smtpHost().set("mail.council.vic.gov.au");
            model.input().from().set("frontdesk@council.vic.gov.au");
            model.input().smtpPort().set("99999");
            model.save();
        });
        assertThat(read(() -> model.shown().errors().of("smtpPort").get()))
                .isEqualTo("The port is a number from 1 to 65535 (usually 25, 465 or 587).");
        assertThat(read(() -> model.shown().status().get())).isEmpty();
        assertThat(fd.config().settings().emailConfigured()).isFalse();
    }

    @Test
    void savedSettingsAreSaidInWords() {
        fx(() -> {
            model.input().retentionDays().set("30");
            model.save();
        });
        assertThat(read(() -> model.shown().status().get()))
                .isEqualTo("Saved. No email server: the desk tells hosts by phone. Visitors' details are kept 30 days.");
        assertThat(fd.config().settings().retentionDays()).isEqualTo(30);
    }
}
