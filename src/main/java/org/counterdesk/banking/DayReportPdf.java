package org.counterdesk.banking;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.common.Counted;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.KeyFigures;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.Sections;
import org.counterdesk.print.Style;

/**
 * The day report of a closed business day, on A4: the closure and its receipt range, what
 * finance posts (receipts by GL account and tax code with GST, and the other postings), the
 * period's totals by tender, fee code and cashier, the perpetual grand total, and the
 * journal's chain head printed in full so that a copy exists outside the database.
 */
final class DayReportPdf {

    static final String TITLE = "Day report";

    private final DocumentFrame frame;

    DayReportPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    /** The banner of a report made again after the day's own: a reprint says COPY ({@code 0}: not numbered). */
    static String copyBanner(int copy) {
        return "COPY" + (copy > 0 ? " " + copy : "") + ": the original was printed when the day was closed";
    }

    /** Draws the report; {@code copy} is the banner of a copy ({@link #copyBanner}), or null for the original. */
    void draw(PDDocument doc, DayClosure z, Terminal terminal, DayReportLists lists, Instant printedAt, String copy)
            throws IOException {
        DayFigures f = z.figures();
        DocWriter out = frame.open(doc, PageFormat.A4, TITLE, TITLE + " " + z.closureNo() + " · terminal "
                + terminal.code() + " · " + DocumentDates.date(f.date()));
        if (copy != null) {
            out.banner(Style.HEADING, copy);
            out.gap(6);
        }
        KeyFigures.write(out, Style.HEADING, List.of(KeyFigures.Figure.of("Closure no.", z.closureNo()),
                KeyFigures.Figure.of("Business date", DocumentDates.date(f.date())),
                KeyFigures.Figure.of("Terminal", terminal.code())));
        out.gap(8);
        header(out, z, terminal, printedAt);
        grandTotal(out, z);
        DayReportFigures figures = new DayReportFigures(out, f, frame.org().accounts());
        figures.glLines();
        figures.otherPostings();
        figures.period();
        figures.tenders();
        DayReportDeposits.write(out, lists.deposits());
        figures.byFeeCode(lists.feeNames());
        figures.byCashier();
        journalHead(out, z);
        out.gap(16);
        out.flow().keep(out.flow().format().bodySize() * 6);
        out.signatureLine("Closed by: " + z.closedBy() + " (supervisor)");
        out.flow().finish();
    }

    private void header(DocWriter out, DayClosure z, Terminal terminal, Instant printedAt) {
        DayFigures f = z.figures();
        out.alignFieldsTo(Style.BODY, "Last receipt no.");
        out.field(Style.BODY, "Site", terminal.site());
        out.field(Style.BODY, "Terminal", terminal.code() + " (" + terminal.name() + ")");
        out.field(Style.BODY, "Closed", DocumentDates.dateTime(z.closedAt(), frame.zone()));
        out.field(Style.BODY, "Closed by", z.closedBy());
        out.field(Style.BODY, "Printed", DocumentDates.dateTime(printedAt, frame.zone()));
        out.field(Style.STRONG, "First receipt no.", f.firstReceiptNo() == null ? "none issued" : f.firstReceiptNo());
        out.field(Style.STRONG, "Last receipt no.", f.lastReceiptNo() == null ? "none issued" : f.lastReceiptNo());
        out.field(Style.BODY, "Counts", Counted.of(f.receipts(), "receipt", "receipts") + " issued, "
                + Counted.of(f.voids(), "void", "voids") + ", "
                + Counted.of(f.reversals(), "reversal", "reversals") + " (dishonoured cheques)");
    }

    private static void grandTotal(DocWriter out, DayClosure z) {
        Sections.heading(out, "Perpetual grand total", 5);
        KeyFigures.write(out, Style.TOTAL, List.of(KeyFigures.Figure.of("Previous grand total",
                        z.previousGrandTotal().format()),
                KeyFigures.Figure.of("This period", z.figures().periodTotal().format()),
                KeyFigures.Figure.emphasised("New grand total", z.grandTotal().format())));
        out.gap(3);
        out.text(Style.SMALL, "Every fee receipted at this terminal since its first day, net of voids and reversals. "
                + "It never resets: each closure's grand total is the previous one plus its period, so a missing or "
                + "altered day shows against the previous day report.");
    }

    private static void journalHead(DocWriter out, DayClosure z) {
        Sections.heading(out, "Journal chain head", 4);
        out.literal(Style.STRONG, z.journalHead());
        out.gap(3);
        out.text(Style.SMALL, "The SHA-256 hash of the journal entry that recorded this closure; every entry's hash "
                + "covers the one before it. This printed copy lives outside the database: if anyone rewrites the "
                + "journal afterwards, its chain can no longer reach this value, and checking the journal against "
                + "this page shows it. Keep this report with the day's banking.");
    }
}
