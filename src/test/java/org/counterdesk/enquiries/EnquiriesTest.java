package org.counterdesk.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.FrontDeskTest;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The enquiry tally and its daily statistics (PDF and CSV), read back. */
@ParameterizedClass
@EnumSource(Store.class)
class EnquiriesTest extends FrontDeskTest {

    @Parameter
    Store store;

    @Override
    protected Store store() {
        return store;
    }

    @Test
    void enquiriesAreCountedByTypeChannelAndHourAndReported() throws Exception {
        Enquiries e = fd.enquiries();
        e.record(cashier, "Rates", Channel.COUNTER);
        e.record(cashier, "Rates", Channel.COUNTER);
        e.record(cashier, "Animals", Channel.PHONE);
        c.clock.advance(Duration.ofHours(2));
        e.record(cashier, "Waste", Channel.WEBCHAT);
        e.record(cashier, "Other", Channel.EMAIL);
        e.record(cashier, "Other", Channel.EMAIL);
        assertThat(e.undoLast(cashier).type()).isEqualTo("Other");
        assertThatThrownBy(() -> e.record(cashier, "Bicycles", Channel.COUNTER)).hasMessageContaining("not one of the enquiry types");

        EnquiryStats s = e.today();
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.count("Rates", Channel.COUNTER)).isEqualTo(2);
        assertThat(s.ofChannel(Channel.EMAIL)).isEqualTo(1);
        assertThat(s.byHour()).containsEntry(10, 3).containsEntry(12, 2);

        EnquiryReports.Report report = fd.enquiryReports().print(s.date());
        String pdf = Pdfs.text(report.pdf());
        assertThat(pdf).contains("Enquiries", "23 Nov 2026", "By type and channel", "Rates", "Webchat", "By hour of the day",
                "10 am – 11 am", "12 pm – 1 pm", "DEMO");
        String csv = Files.readString(report.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFdate,hour,type,channel,count",
                "2026-11-23,10:00,Animals,Phone,1", "2026-11-23,10:00,Rates,Counter,2", "2026-11-23,12:00,Other,Email,1",
                "2026-11-23,12:00,Waste,Webchat,1");
        assertThat(c.folder.printed().resolve(report.pdf().getFileName())).exists();
        Pdfs.keepSample(report.pdf(), "enquiry-statistics.pdf");
    }

    @Test
    void onlyARecentTapOfYourOwnCanBeTakenBack() {
        fd.enquiries().record(cashier, "Parking", Channel.COUNTER);
        c.clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> fd.enquiries().undoLast(cashier)).hasMessageContaining("no enquiry of yours");
        assertThat(fd.enquiries().today().total()).isEqualTo(1);
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(EnquiryCsv.field("Rates, arrears")).isEqualTo("\"Rates, arrears\"");
        assertThat(EnquiryCsv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }
}
