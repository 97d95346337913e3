package org.counterdesk.receipting;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Abn;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.QrCode;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Style;

/**
 * The receipt a customer takes away, on an 80 mm roll or an A4 page. It is a tax invoice when
 * any item is taxable, and then carries what the ATO asks of one. A reprint says COPY, and a
 * voided receipt says VOIDED, in bands that cannot be missed.
 */
final class ReceiptPdf {

    /** A reprint: which copy it is and when it was made. */
    record Reprint(int copy, Instant at) {
    }

    private final DocumentFrame frame;

    ReceiptPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    /** Lays the receipt out into {@code doc}; {@code reprint} is null for the original. */
    void draw(PDDocument doc, Receipt r, ReceiptLayout layout, Reprint reprint) throws IOException {
        String title = r.taxInvoice() ? "Tax invoice" : "Receipt";
        DocWriter out = frame.open(doc, layout.format(), title,
                title + " " + r.receiptNo() + (reprint == null ? "" : " (copy " + reprint.copy() + ")"));
        bands(out, r, reprint);
        details(out, r);
        out.heavyRule();
        ReceiptItems.write(out, r, 1);
        DocWriter money = out.flow().format().roll() ? out : out.rightColumn(0.45f);
        totals(money, r);
        ReceiptPayments.write(money, r);
        ending(out, r, reprint);
        out.flow().finish();
    }

    private void bands(DocWriter out, Receipt r, Reprint reprint) {
        ZoneId zone = frame.zone();
        if (reprint != null) {
            out.banner(Style.TITLE, "COPY " + reprint.copy());
            out.banner(Style.SMALL_STRONG, "Reprinted " + DocumentDates.dateTime(reprint.at(), zone));
            out.gap(4);
        }
        r.voided().ifPresent(v -> {
            out.banner(Style.HEADING, "VOIDED by " + v.voidNo());
            out.banner(Style.SMALL_STRONG, "on " + DocumentDates.dateTime(v.voidedAt(), zone)
                    + ": this receipt is cancelled");
            out.gap(4);
        });
    }

    private void details(DocWriter out, Receipt r) {
        out.field(Style.BODY, "Receipt no.", r.receiptNo());
        out.field(Style.BODY, "Issued", DocumentDates.dateTime(r.postedAt(), frame.zone()));
        out.field(Style.BODY, "Terminal", r.terminalCode());
        out.field(Style.BODY, "Served by", r.cashierName());
        if (r.payerName() != null) {
            out.field(Style.BODY, "Payer", r.payerName());
        }
        if (r.payerAbn() != null) {
            out.field(Style.BODY, "Payer ABN", Abn.format(r.payerAbn()));
        }
        if (r.mailBatchNo() != null) {
            out.gap(2);
            out.text(Style.STRONG, "Mail receipt, batch " + r.mailBatchNo());
        }
        out.gap(2);
    }

    private static void totals(DocWriter out, Receipt r) {
        out.heavyRule();
        out.amount(Style.TOTAL, "Total", r.total().format());
        if (r.taxInvoice()) {
            out.amount(Style.BODY, "Total price includes GST", r.gst().format());
        }
    }

    private static void ending(DocWriter out, Receipt r, Reprint reprint) {
        out.rule();
        if (r.taxInvoice()) {
            out.text(Style.SMALL, ReceiptItems.TAXABLE_NOTE);
            out.gap(4);
        }
        QrCode.of(r.receiptNo()).place(out.flow(), out.flow().format().roll() ? 2.4f : 2.2f);
        out.centered(Style.SMALL, r.receiptNo());
        out.gap(4);
        out.centered(Style.SMALL_STRONG, reprint == null ? "Thank you" : "COPY " + reprint.copy() + ": not the original");
    }
}
