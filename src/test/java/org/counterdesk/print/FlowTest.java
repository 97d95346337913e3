package org.counterdesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout helpers: wrapping, paging, the repeated heading and banner, roll length, fonts. */
class FlowTest {

    @TempDir
    Path dir;

    @Test
    void textWrapsAtSpacesAndInsideWordsTooLongForALine() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            Flow flow = Flow.start(doc, PageFormat.ROLL_80MM);
            List<String> lines = flow.wrap(Style.BODY, 60, "Community hall hire ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            assertThat(lines).hasSizeGreaterThan(3);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo("CommunityhallhireABCDEFGHIJKLMNOPQRSTUVWXYZ");
            assertThat(lines).allSatisfy(l -> assertThat(flow.textWidth(Style.BODY, l)).isLessThanOrEqualTo(60));
        }
    }

    @Test
    void lettersTheFontLacksAndControlCharactersAreReplacedNotFatal() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            assertThat(fonts.printable("Đặng\tНина → 山田", false)).isEqualTo("Đặng Нина → ??");
            // Typed with a combining accent, printed with the font's ready-made letter.
            assertThat(fonts.printable("Nguye\u0302\u0303n", true)).isEqualTo("Nguyễn");
        }
    }

    @Test
    void anA4FlowStartsNewPagesRepeatingItsBannerAndTableHeading() throws Exception {
        Path pdf = dir.resolve("long.pdf");
        try (PDDocument doc = new PDDocument()) {
            DocWriter out = new DocWriter(Flow.start(doc, PageFormat.A4));
            DemoMarks.apply(out, "DEMO — TEST");
            PageNumbers.apply(out.flow(), "Long list");
            Table table = new Table(out.flow(), List.of(Table.Column.left("Item", 3), Table.Column.right("Amount", 1)));
            table.start(Style.SMALL_STRONG);
            for (int i = 1; i <= 120; i++) {
                table.row(Style.BODY, "Item " + i, "$" + i + ".00");
            }
            table.end();
            out.text(Style.BODY, "The end");
            out.flow().finish();
            DocumentFiles.save(doc, pdf);
        }
        int pages = Pdfs.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = Pdfs.text(pdf);
        assertThat(text.split("DEMO — TEST", -1)).hasSize(pages + 1);
        assertThat(text.split("Item Amount", -1)).hasSize(pages + 1);
        assertThat(text).contains("Item 120", "The end", "Page " + pages + " of " + pages);
    }

    @Test
    void aRollPageIsAsLongAsItsContent() throws Exception {
        Path shortRoll = roll(3);
        Path longRoll = roll(60);
        float shortHeight = Pdfs.pageSize(shortRoll)[1];
        float longHeight = Pdfs.pageSize(longRoll)[1];
        assertThat(Pdfs.pageSize(shortRoll)[0]).isEqualTo(PageFormat.mm(80));
        assertThat(shortHeight).isBetween(50f, 120f);
        assertThat(longHeight - shortHeight).isBetween(57 * 10f, 57 * 14f);
    }

    private Path roll(int lines) throws Exception {
        Path pdf = dir.resolve("roll" + lines + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            DocWriter out = new DocWriter(Flow.start(doc, PageFormat.ROLL_80MM));
            for (int i = 0; i < lines; i++) {
                out.amount(Style.BODY, "Line " + i, "$1.00");
            }
            out.flow().finish();
            DocumentFiles.save(doc, pdf);
        }
        return pdf;
    }
}
