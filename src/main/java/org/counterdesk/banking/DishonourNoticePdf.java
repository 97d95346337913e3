package org.counterdesk.banking;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.KeyFigures;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.Style;
import org.counterdesk.receipting.Receipt;

/**
 * The letter to a payer whose cheque was dishonoured, on A4: which cheque and receipt, the
 * bank's notice, that the receipt's payment has been reversed, what is owed now (the cheque
 * plus the bank's fee passed on), how to pay, and a slip to send back with the payment.
 */
final class DishonourNoticePdf {

    static final String TITLE = "Dishonoured cheque";

    private final DocumentFrame frame;

    DishonourNoticePdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    /** {@code receipt} is the receipt the cheque paid, for what it paid for (its lines). */
    void draw(PDDocument doc, Dishonour x, Receipt receipt) throws IOException {
        ChequeMatch c = x.cheque();
        DocWriter out = frame.open(doc, PageFormat.A4, TITLE,
                "Dishonoured cheque notice " + x.reversalNo() + " · receipt " + c.receiptNo(), "DEMO — NOT A REAL NOTICE");
        out.gap(6);
        out.alignFieldsTo(Style.BODY, "Our reference");
        out.field(Style.STRONG, "To", addressee(c));
        out.field(Style.BODY, "Date", DocumentDates.date(x.recordedAt().atZone(frame.zone()).toLocalDate()));
        out.field(Style.STRONG, "Our reference", x.reversalNo());
        out.field(Style.BODY, "Your receipt", c.receiptNo());
        out.gap(14);
        out.text(Style.BODY, "Dear " + addressee(c) + ",");
        out.gap(6);
        out.text(Style.HEADING, "Your cheque for " + c.amount().format() + " was not paid");
        out.gap(4);
        out.text(Style.BODY, "The cheque below, which we received on " + DocumentDates.date(c.receiptDate())
                + " in payment of receipt " + c.receiptNo() + ", was returned unpaid (dishonoured) by the bank: "
                + "bank notice " + x.bankNotice() + " of " + DocumentDates.date(x.noticeDate()) + ".");
        out.gap(4);
        out.text(Style.BODY, "Because the cheque was not paid, the payment it made on receipt " + c.receiptNo()
                + " has been reversed (reversal " + x.reversalNo() + "). That receipt no longer stands as paid, and "
                + "the amount is owing again, with the fee our bank charged us for the dishonoured cheque.");
        DishonourLetterParts.cheque(out, x);
        DishonourLetterParts.paidFor(out, x, receipt);
        DishonourLetterParts.subheading(out, "What you owe now");
        KeyFigures.write(out, Style.TOTAL, List.of(KeyFigures.Figure.of("Dishonoured cheque", c.amount().format()),
                KeyFigures.Figure.of("Bank dishonour fee passed on", x.bankFee().format()),
                KeyFigures.Figure.emphasised("Total now owing", x.owing().format())));
        DishonourLetterParts.howToPay(out, frame.org(), x);
        out.gap(8);
        out.flow().keep(out.flow().leading(Style.BODY) * 4 + 14);
        out.text(Style.BODY, "Yours faithfully,");
        out.gap(14);
        out.text(Style.STRONG, x.recordedBy());
        out.text(Style.BODY, "for " + frame.org().name());
        DishonourLetterParts.paymentSlip(out, frame.org(), x, addressee(c));
        out.flow().finish();
    }

    /** Who the letter is to: the payer named on the receipt, else the cheque's drawer. */
    static String addressee(ChequeMatch c) {
        if (c.payerName() != null && !c.payerName().isBlank()) {
            return c.payerName().strip();
        }
        return c.drawer();
    }
}
