package org.counterdesk.receipting;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DemoMarks;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.Flow;
import org.counterdesk.print.Letterhead;
import org.counterdesk.print.PageNumbers;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Style;

/**
 * The void notice: the new record that reverses a whole receipt, printed with the receipt it
 * voids, every item and payment as a negative amount, and a line for the approving
 * supervisor to sign.
 */
final class VoidPdf {

    private final Organisation org;
    private final boolean demo;

    VoidPdf(Organisation org, boolean demo) {
        this.org = org;
        this.demo = demo;
    }

    void draw(PDDocument doc, Receipt r, VoidRecord v, ReceiptLayout layout) throws IOException {
        DocWriter out = new DocWriter(Flow.start(doc, layout.format()));
        if (demo) {
            DemoMarks.apply(out, "DEMO — NOT A REAL VOID NOTICE");
        }
        PageNumbers.apply(out.flow(), "Void " + v.voidNo() + " of receipt " + r.receiptNo());
        Letterhead.write(out, org, "VOID");
        header(out, r, v);
        out.heavyRule();
        out.text(Style.SMALL_STRONG, "ITEMS REVERSED");
        out.gap(2);
        ReceiptItems.write(out, r, -1);
        DocWriter money = out.flow().format().roll() ? out : out.rightColumn(0.45f);
        money.heavyRule();
        money.amount(Style.TOTAL, "Total reversed", r.total().negate().format());
        if (r.taxInvoice()) {
            money.amount(Style.BODY, "GST reversed", r.gst().negate().format());
        }
        if (!r.rounding().isZero()) {
            money.amount(Style.BODY, "Cash rounding reversed", r.rounding().negate().format());
        }
        payments(money, r, v);
        out.rule();
        out.gap(6);
        out.signatureLine("Supervisor's signature: " + v.approvedBy());
        out.signatureLine("Cashier's signature: " + v.voidedBy());
        out.flow().finish();
    }

    private void header(DocWriter out, Receipt r, VoidRecord v) {
        ZoneId zone = org.timeZone();
        out.alignFieldsTo(Style.BODY, "Receipt issued");
        out.field(Style.BODY, "Void no.", v.voidNo());
        out.field(Style.BODY, "Voided", DocumentDates.dateTime(v.voidedAt(), zone));
        out.field(Style.STRONG, "Voids receipt", r.receiptNo());
        out.field(Style.BODY, "Receipt issued", DocumentDates.dateTime(r.postedAt(), zone));
        out.field(Style.BODY, "Receipt total", r.total().format());
        out.field(Style.BODY, "Reason", v.reason());
        out.field(Style.BODY, "Voided by", v.voidedBy());
        out.field(Style.BODY, "Approved by", v.approvedBy() + " (supervisor)");
        if (v.refundReference() != null) {
            out.field(Style.BODY, "Refund ref", v.refundReference());
        }
    }

    /** Each payment handed back: cash net of the change already given, the others in full. */
    private static void payments(DocWriter out, Receipt r, VoidRecord v) {
        out.rule();
        out.text(Style.SMALL_STRONG, "PAYMENTS REVERSED");
        for (Tender t : r.tenders()) {
            if (t.isCash()) {
                Money net = t.amount().minus(r.change());
                out.amount(Style.BODY, "Cash refunded", net.negate().format());
                out.indented(Style.SMALL, 6, "Tendered " + t.amount().format() + ", change given " + r.change().format());
                continue;
            }
            out.amount(Style.BODY, TenderText.headline(t) + returned(t), t.amount().negate().format());
            TenderText.details(t).ifPresent(d -> out.indented(Style.SMALL, 6, d));
            if (t.kind() == TenderKind.EFTPOS && v.refundReference() != null) {
                out.indented(Style.SMALL, 6, "Refund ref " + v.refundReference());
            }
        }
        out.amount(Style.STRONG, "Total handed back", r.taken().negate().format());
    }

    private static String returned(Tender t) {
        return switch (t.kind()) {
            case EFTPOS -> " refund";
            case CHEQUE, MONEY_ORDER -> " returned";
            case CASH -> "";
        };
    }
}
