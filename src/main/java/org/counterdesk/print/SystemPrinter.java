package org.counterdesk.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * A printer the operating system knows, chosen by its name as the print dialog shows it.
 * Each page prints at its own size, so a roll receipt comes out as long as its content.
 */
public final class SystemPrinter implements Printer {

    private final String printerName;

    public SystemPrinter(String printerName) {
        this.printerName = printerName;
    }

    @Override
    public void print(Path pdf, String jobName) throws PrintFailure {
        PrintService service = find();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (PrinterException | IOException | RuntimeException e) {
            throw new PrintFailure("the printer \"" + printerName + "\" did not take the job (" + e.getMessage()
                    + "). Check that it is on, has paper and is online", e);
        }
    }

    @Override
    public String describe() {
        return "printer " + printerName;
    }

    private PrintService find() throws PrintFailure {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        for (PrintService s : services) {
            if (s.getName().equalsIgnoreCase(printerName.strip())) {
                return s;
            }
        }
        String known = services.length == 0 ? "this PC has no printers set up"
                : "the printers on this PC are " + Arrays.stream(services).map(PrintService::getName)
                        .collect(Collectors.joining(", "));
        throw new PrintFailure("there is no printer called \"" + printerName + "\" (" + known
                + "). Ask an administrator to check the printer setting");
    }
}
