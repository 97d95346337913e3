package org.counterdesk.enquiries;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.Flow;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/** The day's enquiry statistics on A4: counts by type and channel, then by hour of the day. */
final class EnquiryStatsPdf {

    private final DocumentFrame frame;

    EnquiryStatsPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    void draw(PDDocument doc, EnquiryStats stats, Instant printedAt) throws IOException {
        DocWriter out = frame.open(doc, PageFormat.A4, "Enquiries", "Enquiries " + DocumentDates.date(stats.date())
                + ", printed " + DocumentDates.dateTime(printedAt, frame.zone()), "DEMO — NOT A REAL DOCUMENT");
        out.alignFieldsTo(Style.BODY, "Business date");
        out.field(Style.STRONG, "Date", DocumentDates.date(stats.date()));
        out.field(Style.BODY, "Printed", DocumentDates.dateTime(printedAt, frame.zone()));
        out.field(Style.STRONG, "Enquiries", Integer.toString(stats.total()));
        out.gap(10);
        out.text(Style.HEADING, "By type and channel");
        out.gap(3);
        byType(out, stats);
        out.gap(14);
        out.text(Style.HEADING, "By hour of the day");
        out.gap(3);
        byHour(out, stats);
        out.flow().finish();
    }

    private static void byType(DocWriter out, EnquiryStats stats) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left("Type", 0.28f));
        for (Channel c : Channel.values()) {
            columns.add(Table.Column.right(c.label(), 0.13f));
        }
        columns.add(Table.Column.right("Total", 0.13f));
        Table t = new Table(out.flow(), columns);
        t.start(Style.SMALL_STRONG);
        for (String type : stats.types()) {
            List<String> cells = new ArrayList<>();
            cells.add(type);
            for (Channel c : Channel.values()) {
                cells.add(Integer.toString(stats.count(type, c)));
            }
            cells.add(Integer.toString(stats.ofType(type)));
            t.row(Style.BODY, cells.toArray(String[]::new));
        }
        t.end();
        out.rule();
        List<String> totals = new ArrayList<>();
        totals.add("Total");
        for (Channel c : Channel.values()) {
            totals.add(Integer.toString(stats.ofChannel(c)));
        }
        totals.add(Integer.toString(stats.total()));
        new Table(out.flow(), columns).row(Style.STRONG, totals.toArray(String[]::new));
    }

    private static void byHour(DocWriter out, EnquiryStats stats) {
        if (stats.byHour().isEmpty()) {
            out.text(Style.BODY, "No enquiries were recorded on this day.");
            return;
        }
        int most = stats.byHour().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Flow flow = out.flow();
        Table t = new Table(flow, List.of(Table.Column.left("Hour", 0.25f), Table.Column.right("Enquiries", 0.15f),
                Table.Column.left("", 0.6f)));
        t.start(Style.SMALL_STRONG);
        float barLeft = flow.left() + (flow.width() - 12) * 0.4f + 12;
        float barRoom = flow.right() - barLeft;
        for (Map.Entry<Integer, Integer> e : stats.byHour().entrySet()) {
            int hour = e.getKey();
            int n = e.getValue();
            t.row(Style.BODY, hours(hour), Integer.toString(n), "");
            float width = barRoom * n / most;
            float rowHeight = flow.leading(Style.BODY) + 2;
            flow.block(0, (ink, top) -> ink.box(barLeft, top - rowHeight + 3, Math.max(width, 1), rowHeight - 5, 0.55f));
        }
        t.end();
    }

    /** "9 am – 10 am". */
    static String hours(int hour) {
        return clock(hour) + " \u2013 " + clock((hour + 1) % 24);
    }

    private static String clock(int hour) {
        int h = hour % 12 == 0 ? 12 : hour % 12;
        return h + (hour < 12 ? " am" : " pm");
    }
}
