package org.counterdesk.print;

import java.util.List;

/**
 * Signature lines for documents that several people sign (a Z report, a petty cash voucher, a
 * deposit advice): side by side across an A4 page, each caption wrapped under its own line;
 * one under another on a roll, where there is no room beside.
 */
public final class Signatures {

    /** Space between lines set side by side. */
    private static final float GAP = 24f;

    private Signatures() {
    }

    public static void write(DocWriter out, List<String> captions) {
        Flow flow = out.flow();
        if (flow.format().roll() || captions.size() < 2) {
            for (int i = 0; i < captions.size(); i++) {
                if (i > 0) {
                    out.gap(flow.format().bodySize() * 0.6f);
                }
                out.signatureLine(captions.get(i));
            }
            return;
        }
        Style style = Style.SMALL;
        float columnWidth = (out.width() - GAP * (captions.size() - 1)) / captions.size();
        List<List<String>> wrapped = captions.stream().map(c -> flow.wrap(style, columnWidth, c)).toList();
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        float room = flow.format().bodySize() * 3.6f;
        flow.block(room + flow.leading(style) * lines + 2, (ink, top) -> {
            for (int i = 0; i < wrapped.size(); i++) {
                float x = out.left() + i * (columnWidth + GAP);
                ink.hline(x, x + columnWidth, top + room, 0.6f, 0);
                float line = top + room + 2;
                for (String l : wrapped.get(i)) {
                    ink.text(flow.font(style), flow.size(style), 0, x, flow.baseline(style, line), l);
                    line += flow.leading(style);
                }
            }
        });
    }
}
