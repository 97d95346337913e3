package org.counterdesk.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of boxed figures across the page, each a small caption over a large value: the
 * numbers a reader must find at a glance (a deposit's reference and total, a day's grand
 * totals, what a payer owes). The figure that matters most is emphasised, white on black.
 */
public final class KeyFigures {

    /** Space between two boxes. */
    private static final float GAP = 8f;
    private static final float LIGHT = 0.9f;

    /** One box: what the value is, the value itself, and whether it is the one that matters most. */
    public record Figure(String caption, String value, boolean emphasised) {

        public static Figure of(String caption, String value) {
            return new Figure(caption, value, false);
        }

        public static Figure emphasised(String caption, String value) {
            return new Figure(caption, value, true);
        }
    }

    private KeyFigures() {
    }

    /** Writes {@code figures} side by side, in equal boxes as tall as the tallest value needs. */
    public static void write(DocWriter out, Style valueStyle, List<Figure> figures) {
        Flow flow = out.flow();
        Style caption = Style.SMALL;
        float pad = flow.format().bodySize() * 0.45f;
        float boxWidth = (out.width() - GAP * (figures.size() - 1)) / figures.size();
        List<List<String>> captions = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Figure f : figures) {
            captions.add(flow.wrap(caption, boxWidth - 2 * pad, f.caption()));
            values.add(flow.wrap(valueStyle, boxWidth - 2 * pad, f.value()));
        }
        int captionLines = captions.stream().mapToInt(List::size).max().orElse(1);
        int valueLines = values.stream().mapToInt(List::size).max().orElse(1);
        float height = 2 * pad + captionLines * flow.leading(caption) + valueLines * flow.leading(valueStyle);
        flow.block(height, (ink, top) -> {
            for (int i = 0; i < figures.size(); i++) {
                float x = out.left() + i * (boxWidth + GAP);
                boolean strong = figures.get(i).emphasised();
                float ink1 = strong ? 1 : 0;
                ink.box(x, top, boxWidth, height, strong ? 0 : LIGHT);
                float line = top + pad;
                for (String l : captions.get(i)) {
                    ink.text(flow.font(caption), flow.size(caption), strong ? 1 : 0.25f, x + pad,
                            flow.baseline(caption, line), l);
                    line += flow.leading(caption);
                }
                line = top + pad + captionLines * flow.leading(caption);
                for (String l : values.get(i)) {
                    ink.text(flow.font(valueStyle), flow.size(valueStyle), ink1, x + pad, flow.baseline(valueStyle, line), l);
                    line += flow.leading(valueStyle);
                }
            }
        });
    }
}
