package org.counterdesk.visitors;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.Flow;
import org.counterdesk.print.Ink;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.QrCode;
import org.counterdesk.print.Style;

/**
 * A visitor badge for a 102 x 76 mm label (the common 4 x 3 inch badge label): a black band
 * saying VISITOR, the name large, organisation, whom they are visiting, the date and time in,
 * the badge number and a QR code of the visit that signs them out when scanned.
 */
final class BadgePdf {

    static final PageFormat BADGE = new PageFormat("Visitor badge 102 x 76 mm", PageFormat.mm(102), PageFormat.mm(76),
            PageFormat.mm(5), PageFormat.mm(4), PageFormat.mm(4), 10f, 60, false);

    private static final Style BAND = new Style(true, 1.5f);
    private static final Style NAME = new Style(true, 2.1f);
    private static final Style ORG = new Style(false, 1.2f);
    private static final Style LABEL = new Style(true, 0.8f);
    private static final Style TEXT = new Style(false, 1.05f);
    private static final Style NUMBER = new Style(true, 3.2f);

    private final Organisation org;
    private final boolean demo;

    BadgePdf(Organisation org, boolean demo) {
        this.org = org;
        this.demo = demo;
    }

    void draw(PDDocument doc, Visit v) throws IOException {
        Flow flow = Flow.start(doc, BADGE);
        float height = BADGE.height() - BADGE.marginTop() - BADGE.marginBottom();
        QrCode qr = QrCode.of(v.code());
        float module = PageFormat.mm(24) / qr.size(1);
        float qrSide = qr.size(module);
        float textWidth = flow.width() - qrSide - 6;
        List<String> name = first(flow.wrap(NAME, flow.width(), v.name()), 2);
        List<String> organisation = v.organisation() == null ? List.of() : first(flow.wrap(ORG, flow.width(), v.organisation()), 1);
        List<String> host = first(flow.wrap(TEXT, textWidth, v.host().describe()), 2);
        ZoneId zone = org.timeZone();
        String when = DocumentDates.dateTime(v.signedInAt(), zone);
        flow.block(height, (ink, top) -> {
            float bandHeight = flow.leading(BAND) + 8;
            ink.box(flow.left(), top, flow.width(), bandHeight, 0);
            ink.text(flow.font(BAND), flow.size(BAND), 1, flow.left() + 6, flow.baseline(BAND, top + 4),
                    demo ? "VISITOR \u00b7 DEMO" : "VISITOR");
            String orgName = flow.printable(LABEL, org.name());
            ink.text(flow.font(LABEL), flow.size(LABEL), 1, flow.right() - 6 - flow.textWidth(LABEL, orgName),
                    flow.baseline(LABEL, top + 4 + (flow.leading(BAND) - flow.leading(LABEL)) / 2), orgName);
            float y = top + bandHeight + 6;
            y = lines(flow, ink, NAME, name, flow.left(), y);
            y = lines(flow, ink, ORG, organisation, flow.left(), y) + 4;
            float qrTop = y;
            ink.text(flow.font(LABEL), flow.size(LABEL), 0.35f, flow.left(), flow.baseline(LABEL, y), "VISITING");
            y = lines(flow, ink, TEXT, host, flow.left(), y + flow.leading(LABEL));
            ink.text(flow.font(LABEL), flow.size(LABEL), 0.35f, flow.left(), flow.baseline(LABEL, y + 2), "SIGNED IN");
            lines(flow, ink, TEXT, List.of(flow.printable(TEXT, when)), flow.left(), y + 2 + flow.leading(LABEL));
            String number = Integer.toString(v.badge());
            float numberTop = top + height - flow.leading(NUMBER);
            ink.text(flow.font(LABEL), flow.size(LABEL), 0.35f, flow.left(), numberTop - 1, "BADGE");
            ink.text(flow.font(NUMBER), flow.size(NUMBER), 0, flow.left(), flow.baseline(NUMBER, numberTop), number);
            float qrY = Math.max(qrTop - 4, top + height - qrSide);
            qr.draw(ink, flow.right() - qrSide + module * QrCode.QUIET_ZONE, qrY, module);
        });
        flow.finish();
    }

    private static float lines(Flow flow, Ink ink, Style style, List<String> lines, float x, float top) throws IOException {
        float y = top;
        for (String l : lines) {
            ink.text(flow.font(style), flow.size(style), 0, x, flow.baseline(style, y), l);
            y += flow.leading(style);
        }
        return y;
    }

    private static List<String> first(List<String> lines, int most) {
        if (lines.size() <= most) {
            return lines;
        }
        List<String> kept = new java.util.ArrayList<>(lines.subList(0, most));
        kept.set(most - 1, kept.get(most - 1) + "\u2026");
        return kept;
    }
}
