package org.counterdesk.enquiries;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentFiles;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.Printers;
import org.counterdesk.store.DataFolder;

/**
 * The daily enquiry statistics: a PDF (kept and printed) and a CSV beside it for spreadsheets,
 * under {@code documents/enquiries/DATE/}.
 */
public record EnquiryReports(DataFolder folder, CounterSetup counter, Enquiries enquiries, Printers printers,
                             Clock clock) {

    /** The files made for one day. */
    public record Report(Path pdf, Path csv, EnquiryStats stats) {
    }

    /** Writes the CSV and the PDF of {@code date}, then prints the PDF. */
    public Report print(LocalDate date) {
        EnquiryStats stats = enquiries.stats(date);
        Path day = folder.documents().resolve("enquiries").resolve(date.toString());
        Path csv = DocumentFiles.write(day.resolve("enquiries-" + date + ".csv"), out -> out.write(EnquiryCsv.of(stats)));
        Path pdf = DocumentOutput.keepAndPrint("the enquiry statistics", day.resolve("enquiries-" + date + ".pdf"),
                "Enquiries " + date, printers.current(),
                doc -> new EnquiryStatsPdf(counter.organisation(), counter.demo()).draw(doc, stats, clock.instant()));
        return new Report(pdf, csv, stats);
    }
}
