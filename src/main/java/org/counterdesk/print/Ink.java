package org.counterdesk.print;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one page, measuring y down from the top edge as a reader does (PDF itself counts
 * up from the bottom). Grey levels run from 0 (black) to 1 (white).
 */
public record Ink(PDPageContentStream out, float pageWidth, float pageHeight) {

    /** Text whose baseline sits {@code baseline} points below the top edge. */
    public void text(PDFont font, float size, float grey, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        beginText(font, size, grey);
        out.newLineAtOffset(x, pageHeight - baseline);
        out.showText(text);
        out.endText();
    }

    /**
     * Text shown one character at a time, so the font's ligatures (DejaVu joins "ff" and "fi")
     * never replace two characters with one glyph: what is copied from the PDF is what was
     * printed. For hashes and other codes a person compares character by character.
     */
    public void literalText(PDFont font, float size, float grey, float x, float baseline, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        beginText(font, size, grey);
        out.newLineAtOffset(x, pageHeight - baseline);
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            out.showText(text.substring(i, text.offsetByCodePoints(i, 1)));
        }
        out.endText();
    }

    /** Text turned {@code degrees} anticlockwise about its start point. */
    public void turnedText(PDFont font, float size, float grey, float x, float baseline, float degrees, String text)
            throws IOException {
        beginText(font, size, grey);
        out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(degrees), x, pageHeight - baseline));
        out.showText(text);
        out.endText();
    }

    private void beginText(PDFont font, float size, float grey) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(grey);
    }

    /** A horizontal line {@code y} points below the top edge. */
    public void hline(float x1, float x2, float y, float thickness, float grey) throws IOException {
        out.setStrokingColor(grey);
        out.setLineWidth(thickness);
        out.moveTo(x1, pageHeight - y);
        out.lineTo(x2, pageHeight - y);
        out.stroke();
    }

    /** A filled rectangle whose top edge is {@code top} points below the page's top edge. */
    public void box(float x, float top, float width, float height, float grey) throws IOException {
        out.setNonStrokingColor(grey);
        out.addRect(x, pageHeight - top - height, width, height);
        out.fill();
    }

    /** Adds a rectangle to the path being built; {@link #fillPath} paints them all at once. */
    public void addRect(float x, float top, float width, float height) throws IOException {
        out.addRect(x, pageHeight - top - height, width, height);
    }

    public void fillPath(float grey) throws IOException {
        out.setNonStrokingColor(grey);
        out.fill();
    }
}
