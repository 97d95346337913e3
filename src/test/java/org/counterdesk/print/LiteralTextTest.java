package org.counterdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hash printed for a person to copy or compare comes out of the PDF exactly as it went in. */
class LiteralTextTest {

    /** Full of the pairs DejaVu Sans joins into one glyph ("ff", "fi", "ffi", "fl"). */
    private static final String HASH = "ffe0ffff1ffa0c0ffee0fff9" + "0".repeat(16) + "ff01ff02ff03ff04ffaaffbb";

    @TempDir
    Path dir;

    @Test
    void aHashDrawnGlyphByGlyphCopiesAsTheHash() throws Exception {
        Path pdf = dir.resolve("hash.pdf");
        try (PDDocument doc = new PDDocument()) {
            DocWriter out = new DocWriter(Flow.start(doc, PageFormat.A4));
            out.text(Style.BODY, "Journal chain head");
            out.literal(Style.STRONG, HASH);
            out.flow().finish();
            DocumentFiles.save(doc, pdf);
        }

        assertThat(HASH).hasSize(64);
        assertThat(Pdfs.text(pdf).lines().toList()).containsExactly("Journal chain head", HASH);
    }

    @Test
    void onARollTheHashWrapsButItsCharactersStayTheHashs() throws Exception {
        Path pdf = dir.resolve("roll.pdf");
        try (PDDocument doc = new PDDocument()) {
            DocWriter out = new DocWriter(Flow.start(doc, PageFormat.ROLL_80MM));
            out.literal(Style.STRONG, HASH);
            out.flow().finish();
            DocumentFiles.save(doc, pdf);
        }

        assertThat(Pdfs.text(pdf).replaceAll("\\s", "")).isEqualTo(HASH);
    }
}
