package org.counterdesk.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of columns on a {@link Flow}. Cells wrap inside their column; the heading row repeats
 * at the top of each new page until {@link #end()}.
 */
public final class Table {

    private static final float COLUMN_GAP = 6f;

    /** A column: its heading, its share of the width, and whether its text sits to the right (amounts). */
    public record Column(String heading, float share, boolean rightAligned) {

        public static Column left(String heading, float share) {
            return new Column(heading, share, false);
        }

        public static Column right(String heading, float share) {
            return new Column(heading, share, true);
        }
    }

    private final Flow flow;
    private final List<Column> columns;
    private final float[] x;
    private final float[] widths;
    private Runnable stopHeading = () -> { };

    public Table(Flow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        float shares = (float) columns.stream().mapToDouble(Column::share).sum();
        float free = flow.width() - COLUMN_GAP * (columns.size() - 1);
        this.x = new float[columns.size()];
        this.widths = new float[columns.size()];
        float at = flow.left();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = free * columns.get(i).share() / shares;
            x[i] = at;
            at += widths[i] + COLUMN_GAP;
        }
    }

    /** Writes the heading row now and on every later page; never alone at the foot of a page. */
    public void start(Style style) {
        flow.keep(2 * flow.leading(style) + 6 + 2 * flow.leading(Style.BODY));
        stopHeading = flow.onPageStart(f -> {
            row(style, columns.stream().map(Column::heading).toArray(String[]::new));
            f.block(4, (ink, top) -> ink.hline(flow.left(), flow.right(), top + 1, 0.6f, 0));
        });
    }

    /** One row; a cell's text wraps inside its column and the row is as tall as its tallest cell. */
    public void row(Style style, String... cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int tallest = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = flow.wrap(style, widths[i], i < cells.length ? cells[i] : "");
            wrapped.add(lines);
            tallest = Math.max(tallest, lines.size());
        }
        float lineHeight = flow.leading(style);
        flow.block(lineHeight * tallest + 2, (ink, top) -> {
            for (int i = 0; i < columns.size(); i++) {
                float line = top + 1;
                for (String text : wrapped.get(i)) {
                    float left = columns.get(i).rightAligned() ? x[i] + widths[i] - flow.textWidth(style, text) : x[i];
                    ink.text(flow.font(style), flow.size(style), 0, left, flow.baseline(style, line), text);
                    line += lineHeight;
                }
            }
        });
    }

    /** Stops repeating the heading: the table is over. */
    public void end() {
        stopHeading.run();
    }
}
