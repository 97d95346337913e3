package org.counterdesk.print;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Marks a document made on demo data so that nobody can take it for a real one: a banner at
 * the top of every page and, on A4, a light diagonal DEMO across each page.
 */
public final class DemoMarks {

    private static final String WORD = "DEMO";
    private static final float WATERMARK_GREY = 0.93f;

    private DemoMarks() {
    }

    /** Call before writing anything else, so the banner heads the first page too. */
    public static void apply(DocWriter out, String bannerText) {
        Flow flow = out.flow();
        flow.onPageStart(f -> {
            out.banner(Style.STRONG, bannerText);
            out.gap(flow.format().bodySize() * 0.6f);
        });
        if (!flow.format().roll()) {
            flow.underlay((ink, page, pages) -> watermark(flow, ink));
        }
    }

    private static void watermark(Flow flow, Ink ink) throws java.io.IOException {
        Style style = new Style(true, 1f);
        PDFont font = flow.font(style);
        float size = ink.pageWidth() * 0.3f;
        float width = Wrap.width(font, size, WORD);
        float capHalf = size * 0.36f;
        double turn = Math.toRadians(45);
        float cx = ink.pageWidth() / 2;
        float cy = ink.pageHeight() / 2;
        // Start the baseline so that the middle of the word lands on the middle of the page.
        float x = (float) (cx - width / 2 * Math.cos(turn) + capHalf * Math.sin(turn));
        float baseline = (float) (cy + width / 2 * Math.sin(turn) + capHalf * Math.cos(turn));
        ink.turnedText(font, size, WATERMARK_GREY, x, baseline, 45, WORD);
    }
}
