package org.counterdesk.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a document out top to bottom, starting a new page when the next block does not fit.
 * Drawing is deferred to {@link #finish()}, which is what lets a roll page be exactly as long
 * as its content and an A4 footer say "page 1 of 3". {@link FlowText} adds the text rows.
 */
public final class Flow {

    /** Viewers and drivers refuse pages over 14,400 pt (200 in), so a very long roll is split. */
    private static final float LONGEST_ROLL = 14_000f;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PageFormat format;
    private final List<List<Placed>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private final List<Consumer<Flow>> pageStarts = new ArrayList<>();
    private final List<PageDecoration> underlays = new ArrayList<>();
    private final List<PageDecoration> overlays = new ArrayList<>();
    private float y;
    private float freshY;
    private boolean startingPage;

    private Flow(PDDocument doc, PdfFonts fonts, PageFormat format) {
        this.doc = doc;
        this.fonts = fonts;
        this.format = format;
        newPage();
    }

    /** A flow into {@code doc}, with the document fonts loaded into it. */
    public static Flow start(PDDocument doc, PageFormat format) throws IOException {
        return new Flow(doc, PdfFonts.load(doc), format);
    }

    public PageFormat format() {
        return format;
    }

    public float left() {
        return format.marginX();
    }

    public float right() {
        return format.width() - format.marginX();
    }

    public float width() {
        return format.contentWidth();
    }

    public PDFont font(Style style) {
        return fonts.font(style.bold());
    }

    public float size(Style style) {
        return format.bodySize() * style.scale();
    }

    /** The height of one line of {@code style}. */
    public float leading(Style style) {
        return size(style) * 1.32f;
    }

    /** Where the baseline of a line of {@code style} starting at {@code top} sits. */
    public float baseline(Style style, float top) {
        return top + size(style) * 0.98f;
    }

    public String printable(Style style, String text) {
        return fonts.printable(text, style.bold());
    }

    public float textWidth(Style style, String printableText) {
        return Wrap.width(font(style), size(style), printableText);
    }

    public List<String> wrap(Style style, float maxWidth, String text) {
        return Wrap.lines(font(style), size(style), maxWidth, printable(style, text));
    }

    /** Reserves {@code height} points at the current position and draws into them later. */
    public void block(float height, Drawing drawing) {
        keep(height);
        float top = y;
        pages.get(pages.size() - 1).add(new Placed(top, drawing));
        y += height;
    }

    /** Empty space. At the top of a fresh page it is dropped, so a page never starts with a gap. */
    public void gap(float height) {
        if (y > freshY || startingPage) {
            y += height;
        }
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    public void keep(float height) {
        float limit = (format.roll() ? LONGEST_ROLL : format.height()) - format.marginBottom();
        if (!startingPage && y > freshY && y + height > limit) {
            newPage();
        }
    }

    /** Starts a new page unless the current one is still empty: for a part that must begin on a page of its own. */
    public void pageBreak() {
        if (y > freshY) {
            newPage();
        }
    }

    /** Runs {@code hook} now and at the top of every later page; the returned action stops it. */
    public Runnable onPageStart(Consumer<Flow> hook) {
        pageStarts.add(hook);
        boolean fresh = y <= freshY;
        hook.accept(this);
        if (fresh) {
            freshY = y;
        }
        return () -> pageStarts.remove(hook);
    }

    /** Drawn on each page beneath the content (a watermark). */
    public void underlay(PageDecoration decoration) {
        underlays.add(decoration);
    }

    /** Drawn on each page above the content (a footer). */
    public void overlay(PageDecoration decoration) {
        overlays.add(decoration);
    }

    /** Creates the pages in the document and draws everything onto them. */
    public void finish() throws IOException {
        heights.add(y);
        for (int i = 0; i < pages.size(); i++) {
            float height = format.roll() ? heights.get(i) + format.marginBottom() : format.height();
            PDPage page = new PDPage(new PDRectangle(format.width(), height));
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Ink ink = new Ink(out, format.width(), height);
                for (PageDecoration d : underlays) {
                    d.draw(ink, i + 1, pages.size());
                }
                for (Placed p : pages.get(i)) {
                    p.drawing().draw(ink, p.top());
                }
                for (PageDecoration d : overlays) {
                    d.draw(ink, i + 1, pages.size());
                }
            }
        }
    }

    private record Placed(float top, Drawing drawing) {
    }

    private void newPage() {
        if (!pages.isEmpty()) {
            heights.add(y);
        }
        pages.add(new ArrayList<>());
        y = format.marginTop();
        startingPage = true;
        try {
            List.copyOf(pageStarts).forEach(hook -> hook.accept(this));
        } finally {
            startingPage = false;
        }
        freshY = y;
    }
}
