package org.counterdesk.drawer;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.money.CashCount;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Signatures;
import org.counterdesk.print.Style;

/**
 * The reports of a drawer session, on the roll or A4. The mid-shift (X) report shows the
 * takings and the cash expected so far and closes nothing. The close (Z) report is what a team
 * leader signs: the result first, then expected against counted per tender, the cheque list,
 * the count by denomination with the float kept and the cash to bank, the float, the cash
 * moved, the receipts, and signature lines.
 */
final class SessionReportPdf {

    static final String X_TITLE = "Mid-shift (X) report";
    static final String Z_TITLE = "Drawer close (Z) report";

    private final DocumentFrame frame;

    SessionReportPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    /** The X report; {@code number} counts the X reports printed for the session, this one included. */
    void drawX(PDDocument doc, SessionReport r, ReceiptLayout layout, Instant printedAt, int number) throws IOException {
        DocWriter out = start(doc, layout, r, X_TITLE, "X report " + number);
        out.banner(Style.STRONG, "NOT A CLOSE: totals so far; the drawer stays open");
        out.gap(4);
        header(out, r, null);
        out.field(Style.BODY, "Printed", DocumentDates.dateTime(printedAt, frame.zone()));
        out.field(Style.BODY, "X report no.", Integer.toString(number));
        ReportParts.receipts(out, r.figures());
        DocWriter figures = ReportParts.figures(out);
        ReportParts.section(out, "Cash expected in the drawer now");
        ReportParts.makeUp(figures, r.figures());
        ReportParts.section(out, "Takings so far");
        ReportParts.takings(figures, r.figures());
        ReportParts.section(out, "Cash out and in");
        ReportParts.movements(out, r, frame.zone());
        out.gap(8);
        out.text(Style.SMALL, "An X report counts nothing and closes nothing. The drawer is balanced by a blind count "
                + "at the close, on the Z report.");
        out.flow().finish();
    }

    /** The Z report of a closed session. */
    void drawZ(PDDocument doc, SessionReport r, ReceiptLayout layout, Instant printedAt) throws IOException {
        DocWriter out = start(doc, layout, r, Z_TITLE, "Z report");
        SessionClose close = r.close().orElseThrow();
        header(out, r, close.closedAt());
        out.field(Style.BODY, "Printed", DocumentDates.dateTime(printedAt, frame.zone()));
        CloseParts.floatAndReceipts(out, r);
        out.gap(10);
        CloseParts.result(out, r, frame.org());
        ReportParts.section(out, "Expected against counted");
        CloseParts.balance(out, r.balance().orElseThrow());
        ReportParts.section(out, "Cash expected");
        ReportParts.makeUp(ReportParts.figures(out), r.figures());
        ReportParts.section(out, "Cheques and money orders");
        CloseParts.instruments(out, r.figures(), r.balance().orElseThrow());
        CashCount counted = r.closingCount().orElseThrow();
        // The count, the float kept and the cash to bank read across: keep the table on one page.
        ReportParts.section(out, "Notes and coins", counted.quantities().size() + 4);
        CountTable.write(out, counted, r.keptFloat().orElseThrow());
        out.gap(4);
        out.text(Style.SMALL, "The float kept stays in the drawer for its next session; the cash to bank goes with "
                + "the deposit.");
        ReportParts.section(out, "Cash out and in");
        ReportParts.movements(out, r, frame.zone());
        signatures(out, r, close);
        out.flow().finish();
    }

    private DocWriter start(PDDocument doc, ReceiptLayout layout, SessionReport r, String title, String footer)
            throws IOException {
        return frame.open(doc, layout.format(), title, title + " · drawer " + r.session().drawerCode() + ", session "
                + r.session().id() + " · " + DocumentDates.date(r.session().businessDate()),
                "DEMO — NOT A REAL DRAWER REPORT");
    }

    /** Which drawer, whose, and when; {@code closedAt} is null on an X report. */
    private void header(DocWriter out, SessionReport r, Instant closedAt) {
        ZoneId zone = frame.zone();
        DrawerSession s = r.session();
        out.alignFieldsTo(Style.BODY, "Business date");
        out.field(Style.STRONG, "Drawer", s.drawerCode() + ", session " + s.id());
        out.field(Style.BODY, "Terminal", r.terminalCode());
        out.field(Style.BODY, "Cashier", s.cashierName());
        out.field(Style.BODY, "Business date", DocumentDates.date(s.businessDate()));
        out.field(Style.BODY, "Opened", DocumentDates.dateTime(s.openedAt(), zone));
        if (closedAt != null) {
            out.field(Style.BODY, "Closed", DocumentDates.dateTime(closedAt, zone));
        }
    }

    private static void signatures(DocWriter out, SessionReport r, SessionClose close) {
        out.gap(16);
        out.flow().keep(out.flow().format().bodySize() * 12);
        out.text(Style.SMALL, "We have counted this drawer and agree with the figures above.");
        out.gap(4);
        Signatures.write(out, List.of("Cashier's signature: " + r.session().cashierName(),
                "Supervisor's signature" + (close.decidedBy() == null ? " and name" : ": " + close.decidedBy())));
    }
}
