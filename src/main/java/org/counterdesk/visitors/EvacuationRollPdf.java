package org.counterdesk.visitors;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.Flow;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The evacuation (fire) roll: every visitor signed in at the moment it is printed, in large
 * type on A4 landscape, with a box to tick at the assembly point, their host, badge, time in
 * and vehicle. Made from the local database alone: no network, no email.
 */
final class EvacuationRollPdf {

    static final PageFormat A4_LANDSCAPE = new PageFormat("A4 landscape", PageFormat.mm(297), PageFormat.mm(210),
            PageFormat.mm(14), PageFormat.mm(12), PageFormat.mm(16), 13f, 110, false);
    static final String TICK_BOX = "\u2610";

    private static final Style ROW = new Style(false, 1.08f);
    private static final Style HEAD = new Style(true, 0.9f);

    private final DocumentFrame frame;
    private final String site;

    EvacuationRollPdf(Organisation org, String site, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
        this.site = site;
    }

    void draw(PDDocument doc, List<Visit> onSite, Instant printedAt) throws IOException {
        ZoneId zone = frame.zone();
        DocWriter out = frame.start(doc, A4_LANDSCAPE, "Evacuation roll, " + site + ", printed "
                + DocumentDates.dateTime(printedAt, zone), "DEMO — PRACTICE ROLL FROM DEMO DATA");
        out.text(Style.TITLE.larger(1.3f), "EVACUATION ROLL");
        boolean siteNamed = site != null && !site.isBlank() && !site.equalsIgnoreCase(frame.org().name());
        out.text(Style.HEADING, frame.org().name() + (siteNamed ? " \u2014 " + site : ""));
        out.gap(4);
        out.text(Style.TOTAL, "Printed " + DocumentDates.dateTime(printedAt, zone) + ":  " + count(onSite.size())
                + " signed in");
        out.text(Style.BODY, "Tick each visitor at the assembly point. Report anyone not accounted for to the chief "
                + "warden at once. Staff are not on this roll.");
        out.heavyRule();
        if (onSite.isEmpty()) {
            out.gap(10);
            out.text(Style.TOTAL, "No visitors are signed in.");
        } else {
            table(out, onSite, zone);
        }
        out.gap(18);
        out.signatureLine("Checked at the assembly point by (name and signature)");
        out.gap(6);
        out.signatureLine("Time all visitors accounted for");
        out.flow().finish();
    }

    private static void table(DocWriter out, List<Visit> onSite, ZoneId zone) {
        Flow flow = out.flow();
        Table t = new Table(flow, List.of(Table.Column.left("Here", 0.05f), Table.Column.left("Badge", 0.06f),
                Table.Column.left("Visitor", 0.24f), Table.Column.left("Organisation", 0.18f),
                Table.Column.left("Host", 0.24f), Table.Column.left("Time in", 0.1f), Table.Column.left("Vehicle", 0.11f)));
        t.start(HEAD);
        for (Visit v : onSite) {
            t.row(ROW, TICK_BOX, Integer.toString(v.badge()), v.name(), v.organisation() == null ? "" : v.organisation(),
                    v.host().describe(), DeskTimes.time(v.signedInAt(), zone),
                    v.vehicle() == null ? "" : v.vehicle());
            flow.block(7, (ink, top) -> ink.hline(flow.left(), flow.right(), top + 3, 0.4f, 0.6f));
        }
        t.end();
    }

    private static String count(int n) {
        return n + (n == 1 ? " visitor" : " visitors");
    }
}
