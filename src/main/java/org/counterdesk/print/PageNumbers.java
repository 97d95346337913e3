package org.counterdesk.print;

/** A small footer on each page of a paged (A4) document: what it is on the left, "Page 1 of 3" on the right. */
public final class PageNumbers {

    private PageNumbers() {
    }

    public static void apply(Flow flow, String label) {
        if (flow.format().roll()) {
            return;
        }
        Style style = Style.SMALL;
        String printedLabel = flow.printable(style, label);
        flow.overlay((ink, page, pages) -> {
            float baseline = ink.pageHeight() - flow.format().marginBottom() / 2;
            ink.hline(flow.left(), flow.right(), baseline - flow.size(style) * 1.4f, 0.4f, 0.5f);
            ink.text(flow.font(style), flow.size(style), 0.3f, flow.left(), baseline, printedLabel);
            String number = "Page " + page + " of " + pages;
            ink.text(flow.font(style), flow.size(style), 0.3f, flow.right() - flow.textWidth(style, number), baseline,
                    number);
        });
    }
}
