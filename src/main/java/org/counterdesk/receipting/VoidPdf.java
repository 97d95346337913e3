package org.counterdesk.receipting;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Style;

/**
 * The void notice: the new record that reverses a whole receipt, printed with the receipt it
 * voids, every item and payment as a negative amount, and a line for the approving
 * supervisor to sign. Voiding a tax invoice changes the GST the council owes, so that notice is
 * titled as the adjustment note it is and names the tax invoice it adjusts.
 */
final class VoidPdf {

    private final DocumentFrame frame;

    VoidPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    void draw(PDDocument doc, Receipt r, VoidRecord v, ReceiptLayout layout) throws IOException {
        String title = title(r);
        DocWriter out = frame.open(doc, layout.format(), title,
                title + " " + v.voidNo() + " voiding " + original(r) + " " + r.receiptNo());
        out.banner(Style.HEADING, "VOID of " + original(r) + " " + r.receiptNo());
        header(out, r, v);
        out.heavyRule();
        out.text(Style.SMALL_STRONG, "ITEMS REVERSED");
        out.gap(2);
        ReceiptItems.write(out, r, -1);
        DocWriter money = out.flow().format().roll() ? out : out.rightColumn(0.45f);
        money.heavyRule();
        money.amount(Style.TOTAL, "Total reversed", r.total().negate().format());
        if (r.taxInvoice()) {
            money.amount(Style.BODY, "GST reversed (adjustment)", r.gst().negate().format());
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

    /** "Adjustment note" when the voided receipt was a tax invoice, else "Void notice". */
    static String title(Receipt r) {
        return r.taxInvoice() ? "Adjustment note" : "Void notice";
    }

    private static String original(Receipt r) {
        return r.taxInvoice() ? "tax invoice" : "receipt";
    }

    private void header(DocWriter out, Receipt r, VoidRecord v) {
        ZoneId zone = frame.zone();
        String was = r.taxInvoice() ? "Tax invoice" : "Receipt";
        out.alignFieldsTo(Style.BODY, was + " issued", "Adjusts tax invoice");
        out.field(Style.BODY, "Void no.", v.voidNo());
        out.field(Style.BODY, "Voided", DocumentDates.dateTime(v.voidedAt(), zone));
        out.field(Style.STRONG, r.taxInvoice() ? "Adjusts tax invoice" : "Voids receipt", r.receiptNo());
        out.field(Style.BODY, was + " issued", DocumentDates.dateTime(r.postedAt(), zone));
        out.field(Style.BODY, was + " total", r.total().format());
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
