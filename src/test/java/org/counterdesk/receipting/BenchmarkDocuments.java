package org.counterdesk.receipting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.app.AppServices;

/**
 * Test code only: makes a receipt's PDF as the app does (same layout, same fonts) into memory,
 * so the benchmarks can time making it apart from keeping and printing it. It lives here because
 * the receipt's layout is package-private in main code.
 */
public final class BenchmarkDocuments {

    private BenchmarkDocuments() {
    }

    /** The original receipt's PDF bytes, laid out on the paper the settings name. */
    public static byte[] receiptPdf(AppServices services, Receipt r) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            new ReceiptPdf(services.counter().organisation(), services.counter().demo())
                    .draw(doc, r, services.printers().settings().receiptLayout(), null);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
