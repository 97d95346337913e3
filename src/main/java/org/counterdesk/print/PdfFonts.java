package org.counterdesk.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every Counterdesk document uses (DejaVu Sans and DejaVu Sans Bold, shipped
 * as resources because a counter PC need not have them), embedded as subsets into one PDF.
 * Names typed at the counter can hold any letter, so text goes through {@link #printable}
 * first: a character the font has no glyph for prints as {@code ?} instead of failing the
 * whole document.
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    /**
     * Each face parsed once per thread, not once per document (parsing DejaVu was most of a
     * receipt's layout time). Per thread because a parsed font reads its glyphs lazily from one
     * buffer and is not safe to share; each document still gets its own subset of it.
     */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(java.util.HashMap::new);
    /** Glyph coverage per face and code point; it is a property of the font file, so it is shared. */
    private static final Map<String, Map<Integer, Boolean>> COVERAGE = Map.of(
            REGULAR, new ConcurrentHashMap<>(), BOLD, new ConcurrentHashMap<>());

    /** Loads both faces into {@code doc}; only the glyphs used end up in the file. */
    public static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(face(doc, REGULAR), face(doc, BOLD));
    }

    public PDType0Font font(boolean boldFace) {
        return boldFace ? bold : regular;
    }

    /**
     * {@code text} made safe to draw in the given face: composed to NFC (a name typed with
     * combining accents then uses the font's ready-made letters), control characters turned
     * into spaces, and characters without a glyph replaced by {@code ?}.
     */
    public String printable(String text, boolean boldFace) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        Map<Integer, Boolean> known = COVERAGE.get(boldFace ? BOLD : REGULAR);
        PDType0Font font = font(boldFace);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    private static PDType0Font face(PDDocument doc, String resource) throws IOException {
        Map<String, TrueTypeFont> parsed = PARSED.get();
        TrueTypeFont ttf = parsed.get(resource);
        if (ttf == null) {
            byte[] bytes = FILES.computeIfAbsent(resource, PdfFonts::read);
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            parsed.put(resource, ttf);
        }
        // Loaded this way PDFBox never closes the shared font; the subset is this document's own.
        return PDType0Font.load(doc, ttf, true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + resource, e);
        }
    }
}
