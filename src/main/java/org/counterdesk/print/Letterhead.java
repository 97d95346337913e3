package org.counterdesk.print;

import java.util.ArrayList;
import java.util.List;
import org.counterdesk.organisation.Abn;
import org.counterdesk.organisation.Organisation;

/**
 * The head of every document: the organisation's name, ABN and address, and the document's
 * title. Centred on a roll; on A4 the organisation sits left and the title right, as on a
 * printed invoice.
 */
public final class Letterhead {

    private Letterhead() {
    }

    public static void write(DocWriter out, Organisation org, String title) {
        if (out.flow().format().roll()) {
            out.centered(Style.HEADING, org.name());
            out.centered(Style.SMALL, "ABN " + Abn.format(org.abn()));
            out.centered(Style.SMALL, org.address());
            out.rule();
            out.centered(Style.TITLE, title);
            out.gap(3);
        } else {
            sideBySide(out.flow(), org, title);
            out.heavyRule();
        }
    }

    private static void sideBySide(Flow flow, Organisation org, String title) {
        float titleWidth = flow.textWidth(Style.TITLE.larger(1.2f), flow.printable(Style.TITLE, title));
        float leftWidth = flow.width() - titleWidth - 20;
        List<Row> rows = new ArrayList<>();
        flow.wrap(Style.HEADING.larger(1.1f), leftWidth, org.name()).forEach(l -> rows.add(new Row(Style.HEADING.larger(1.1f), l)));
        rows.add(new Row(Style.BODY, flow.printable(Style.BODY, "ABN " + Abn.format(org.abn()))));
        flow.wrap(Style.BODY, leftWidth, org.address()).forEach(l -> rows.add(new Row(Style.BODY, l)));
        float height = (float) rows.stream().mapToDouble(r -> flow.leading(r.style())).sum();
        Style titleStyle = Style.TITLE.larger(1.2f);
        String printedTitle = flow.printable(titleStyle, title);
        flow.block(Math.max(height, flow.leading(titleStyle)), (ink, top) -> {
            float line = top;
            for (Row r : rows) {
                ink.text(flow.font(r.style()), flow.size(r.style()), 0, flow.left(), flow.baseline(r.style(), line), r.text());
                line += flow.leading(r.style());
            }
            float x = flow.right() - flow.textWidth(titleStyle, printedTitle);
            ink.text(flow.font(titleStyle), flow.size(titleStyle), 0, x, flow.baseline(titleStyle, top), printedTitle);
        });
    }

    private record Row(Style style, String text) {
    }
}
