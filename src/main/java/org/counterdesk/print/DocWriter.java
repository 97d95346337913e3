package org.counterdesk.print;

import java.util.List;

/**
 * Writes the rows most documents are made of onto a {@link Flow}: wrapped text, "label
 * value" fields, descriptions with an amount in the right-hand column, rules and banners.
 */
public final class DocWriter {

    /** Space between a wrapped label and the amount column. */
    private static final float AMOUNT_GAP = 8f;

    private final Flow flow;
    private final float left;
    private final float width;
    private float fieldIndent;

    /** A writer across the whole content width. */
    public DocWriter(Flow flow) {
        this(flow, flow.left(), flow.width());
    }

    private DocWriter(Flow flow, float left, float width) {
        this.flow = flow;
        this.left = left;
        this.width = width;
        this.fieldIndent = flow.format().fieldIndent();
    }

    /**
     * A writer for the right-hand {@code share} of the content width, sharing this one's
     * position down the page: on A4 the totals sit in a narrower block at the right, as on a
     * printed invoice, instead of a wide gap between label and amount.
     */
    public DocWriter rightColumn(float share) {
        return column(1 - share, share);
    }

    /** A writer for a slice of the content width: from {@code startShare} of it, {@code share} wide. */
    public DocWriter column(float startShare, float share) {
        return new DocWriter(flow, left + width * startShare, width * share);
    }

    public Flow flow() {
        return flow;
    }

    /** Where this writer's slice of the page starts, in points from the left edge. */
    float left() {
        return left;
    }

    /** How wide this writer's slice of the page is. */
    float width() {
        return width;
    }

    /** Left-aligned text, wrapped to the content width. */
    public void text(Style style, String text) {
        indented(style, 0, text);
    }

    /**
     * A code a person copies or compares (a hash): left-aligned, wrapped, drawn glyph by glyph
     * so no ligature joins two of its characters and the copied text equals the code.
     */
    public void literal(Style style, String code) {
        for (String line : flow.wrap(style, width, code)) {
            flow.block(flow.leading(style), (ink, top) ->
                    ink.literalText(flow.font(style), flow.size(style), 0, left, flow.baseline(style, top), line));
        }
    }

    /** Left-aligned text starting {@code indent} points in from the margin. */
    public void indented(Style style, float indent, String text) {
        for (String line : flow.wrap(style, width - indent, text)) {
            place(style, left + indent, line);
        }
    }

    public void centered(Style style, String text) {
        for (String line : flow.wrap(style, width, text)) {
            place(style, left + (width - flow.textWidth(style, line)) / 2, line);
        }
    }

    public void rightAligned(Style style, String text) {
        for (String line : flow.wrap(style, width, text)) {
            place(style, right() - flow.textWidth(style, line), line);
        }
    }

    /** A description on the left (wrapped as needed) and an amount on the right of its first line. */
    public void amount(Style style, String label, String amount) {
        String value = flow.printable(style, amount);
        float valueWidth = flow.textWidth(style, value);
        List<String> lines = flow.wrap(style, width - valueWidth - AMOUNT_GAP, label);
        float height = flow.leading(style) * lines.size();
        flow.block(height, (ink, top) -> {
            float line = top;
            for (String l : lines) {
                ink.text(flow.font(style), flow.size(style), 0, left, flow.baseline(style, line), l);
                line += flow.leading(style);
            }
            ink.text(flow.font(style), flow.size(style), 0, right() - valueWidth, flow.baseline(style, top), value);
        });
    }

    /** Lines the values of the following fields up past the widest of {@code labels}. */
    public void alignFieldsTo(Style style, String... labels) {
        Style labelStyle = new Style(true, style.scale());
        for (String label : labels) {
            fieldIndent = Math.max(fieldIndent, flow.textWidth(labelStyle, flow.printable(labelStyle, label)) + 8);
        }
    }

    /** A "label  value" row: the label in bold, the value from the field indent on, wrapped. */
    public void field(Style style, String label, String value) {
        Style labelStyle = new Style(true, style.scale());
        String printedLabel = flow.printable(labelStyle, label);
        float indent = Math.max(fieldIndent, flow.textWidth(labelStyle, printedLabel) + 6);
        List<String> lines = flow.wrap(style, width - indent, value);
        flow.block(flow.leading(style) * lines.size(), (ink, top) -> {
            ink.text(flow.font(labelStyle), flow.size(style), 0, left, flow.baseline(style, top), printedLabel);
            float line = top;
            for (String l : lines) {
                ink.text(flow.font(style), flow.size(style), 0, left + indent, flow.baseline(style, line), l);
                line += flow.leading(style);
            }
        });
    }

    /** A thin line across the content, with a little space above and below. */
    public void rule() {
        line(0.5f);
    }

    /** A heavier line, for under the items and above the total. */
    public void heavyRule() {
        line(1.4f);
    }

    /** White text on a black band across the content: for DEMO, COPY and VOIDED, which must not be missed. */
    public void banner(Style style, String text) {
        List<String> lines = flow.wrap(style, width - 8, text);
        float pad = flow.size(style) * 0.35f;
        flow.block(flow.leading(style) * lines.size() + 2 * pad, (ink, top) -> {
            ink.box(left, top, width, flow.leading(style) * lines.size() + 2 * pad, 0);
            float line = top + pad;
            for (String l : lines) {
                float x = left + (width - flow.textWidth(style, l)) / 2;
                ink.text(flow.font(style), flow.size(style), 1, x, flow.baseline(style, line), l);
                line += flow.leading(style);
            }
        });
    }

    /** Room to sign, a line to sign on, and what the signature is for underneath. */
    public void signatureLine(String caption) {
        Style style = Style.SMALL;
        String printed = flow.printable(style, caption);
        float room = flow.format().bodySize() * 3.2f;
        float lineWidth = Math.min(width, 240);
        flow.block(room + flow.leading(style) + 2, (ink, top) -> {
            ink.hline(left, left + lineWidth, top + room, 0.6f, 0);
            ink.text(flow.font(style), flow.size(style), 0, left, flow.baseline(style, top + room + 2), printed);
        });
    }

    public void gap(float points) {
        flow.gap(points);
    }

    private void line(float thickness) {
        float space = flow.format().bodySize() * 0.5f;
        flow.block(2 * space, (ink, top) -> ink.hline(left, right(), top + space, thickness, 0));
    }

    private void place(Style style, float x, String line) {
        flow.block(flow.leading(style), (ink, top) ->
                ink.text(flow.font(style), flow.size(style), 0, x, flow.baseline(style, top), line));
    }

    private float right() {
        return left + width;
    }
}
