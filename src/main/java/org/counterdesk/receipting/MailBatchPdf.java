package org.counterdesk.receipting;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The summary of a mail batch: its control figures against what was keyed (voided receipts
 * left out of the keyed figures but listed, marked VOID), every receipt in it, and whether it
 * balances.
 */
final class MailBatchPdf {

    private final DocumentFrame frame;

    MailBatchPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    void draw(PDDocument doc, MailBatch b, List<Receipt> receipts, ReceiptLayout layout, Instant printedAt)
            throws IOException {
        DocWriter out = frame.open(doc, layout.format(), "Mail batch", "Mail batch " + b.batchNo() + ", printed "
                + DocumentDates.dateTime(printedAt, frame.zone()), "DEMO — NOT A REAL DOCUMENT");
        header(out, b, printedAt);
        out.heavyRule();
        figures(out, b);
        out.gap(4);
        balance(out, b);
        out.gap(10);
        list(out, receipts);
        out.flow().finish();
    }

    private void header(DocWriter out, MailBatch b, Instant printedAt) {
        ZoneId zone = frame.zone();
        out.alignFieldsTo(Style.BODY, "Business date");
        out.field(Style.STRONG, "Batch no.", b.batchNo());
        out.field(Style.BODY, "Description", b.description());
        out.field(Style.BODY, "Business date", DocumentDates.date(b.businessDate()));
        out.field(Style.BODY, "Opened by", b.openedBy());
        out.field(Style.BODY, "Opened", DocumentDates.dateTime(b.openedAt(), zone));
        out.field(Style.BODY, "Finished", b.finished() ? DocumentDates.dateTime(b.finishedAt(), zone) : "not yet (still open)");
        out.field(Style.BODY, "Printed", DocumentDates.dateTime(printedAt, zone));
    }

    private static void figures(DocWriter page, MailBatch b) {
        DocWriter out = page.flow().format().roll() ? page : page.column(0, 0.6f);
        out.amount(Style.BODY, "Control (batch header): " + payments(b.controlCount()), b.controlTotal().format());
        out.amount(Style.BODY, "Keyed (voids excluded): " + payments(b.keyedCount()), b.keyedTotal().format());
        out.rule();
        out.amount(Style.STRONG, "Difference: " + payments(b.countStillToKey()), b.totalStillToKey().format());
    }

    private static void balance(DocWriter out, MailBatch b) {
        if (b.balanced()) {
            out.text(Style.HEADING, "BALANCED");
            out.text(Style.BODY, "Keyed count and total match the header.");
            return;
        }
        out.banner(Style.HEADING, "NOT BALANCED");
        int count = b.countStillToKey();
        Money total = b.totalStillToKey();
        boolean over = count < 0 || total.isNegative();
        out.text(Style.STRONG, (over ? "Keyed more than the header says: " : "Still to key: ")
                + payments(Math.abs(count)) + " and " + (total.isNegative() ? total.negate() : total).format() + ".");
    }

    private static String payments(int count) {
        return count + (Math.abs(count) == 1 ? " payment" : " payments");
    }

    private static void list(DocWriter out, List<Receipt> receipts) {
        out.text(Style.SMALL_STRONG, "RECEIPTS IN THIS BATCH (" + receipts.size() + ")");
        out.gap(2);
        if (out.flow().format().roll()) {
            out.rule();
            for (Receipt r : receipts) {
                out.amount(Style.SMALL, r.receiptNo() + (r.isVoided() ? " VOID" : "") + " · " + r.tenderSummary(),
                        r.total().format());
                out.indented(Style.SMALL, 6, payerOrReference(r));
                out.gap(1.5f);
            }
        } else {
            table(out, receipts);
        }
        if (receipts.isEmpty()) {
            out.text(Style.BODY, "No receipts have been keyed into this batch.");
        }
        if (receipts.stream().anyMatch(Receipt::isVoided)) {
            out.gap(3);
            out.text(Style.SMALL, "VOID: voided receipt, not counted in the keyed figures.");
        }
    }

    private static void table(DocWriter out, List<Receipt> receipts) {
        Table t = new Table(out.flow(), List.of(Table.Column.left("Receipt", 0.22f),
                Table.Column.left("Payer or reference", 0.42f), Table.Column.left("Paid by", 0.18f),
                Table.Column.right("Amount", 0.18f)));
        t.start(Style.SMALL_STRONG);
        for (Receipt r : receipts) {
            t.row(Style.BODY, r.receiptNo() + (r.isVoided() ? " VOID" : ""), payerOrReference(r), r.tenderSummary(),
                    r.total().format());
        }
        t.end();
    }

    private static String payerOrReference(Receipt r) {
        if (r.payerName() != null) {
            return r.payerName();
        }
        return r.lines().stream().map(ReceiptLine::reference).filter(ref -> ref != null).findFirst()
                .orElse(r.lines().isEmpty() ? "" : r.lines().get(0).description());
    }
}
