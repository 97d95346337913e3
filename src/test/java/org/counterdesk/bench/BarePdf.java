package org.counterdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptLine;

/**
 * The bare stack a receipt PDF is compared with: PDFBox alone, the two DejaVu faces parsed once,
 * each document embedding its own subsets of them, one 80 mm page with the receipt's text
 * (heading, details, one line per item, totals, thanks) drawn line by line, saved to memory. No
 * wrapping, measuring, QR code or page furniture: what the app adds on top is the difference.
 */
final class BarePdf {

    private static final float MM = 72f / 25.4f;
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    BarePdf() throws IOException {
        regular = parse("/org/counterdesk/print/fonts/DejaVuSans.ttf");
        bold = parse("/org/counterdesk/print/fonts/DejaVuSans-Bold.ttf");
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = BarePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /** The receipt's PDF bytes. */
    byte[] make(Receipt r) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            PDType0Font body = PDType0Font.load(doc, regular, true);
            PDType0Font strong = PDType0Font.load(doc, bold, true);
            PDPage page = new PDPage(new PDRectangle(80 * MM, 200 * MM));
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 10 * MM;
                y = line(s, strong, 12, y, "Tax invoice " + r.receiptNo());
                y = line(s, body, 8, y, "Issued " + r.postedAt() + "  Terminal " + r.terminalCode());
                y = line(s, body, 8, y, "Served by " + r.cashierName());
                for (ReceiptLine l : r.lines()) {
                    y = line(s, body, 8, y, l.description() + "  " + l.amount().format());
                }
                y = line(s, strong, 10, y, "Total " + r.total().format());
                y = line(s, body, 8, y, "Total price includes GST " + r.gst().format());
                line(s, strong, 8, y, "Thank you");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float line(PDPageContentStream s, PDType0Font font, float size, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(4 * MM, y);
        s.showText(text);
        s.endText();
        return y - size * 1.4f;
    }
}
