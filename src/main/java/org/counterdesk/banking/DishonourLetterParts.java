package org.counterdesk.banking;

import java.util.List;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptLine;

/**
 * The parts of the dishonoured cheque letter below its opening: the cheque, what it paid for,
 * how to pay, and the payment slip to send back.
 */
final class DishonourLetterParts {

    private DishonourLetterParts() {
    }

    /** A heading inside the letter: bold, with a little space above and no rule, as a letter has. */
    static void subheading(DocWriter out, String title) {
        out.flow().keep(out.flow().leading(Style.STRONG) * 4 + 10);
        out.gap(10);
        out.text(Style.STRONG, title);
        out.gap(2);
    }

    /** The dishonoured cheque as one row: the details the payer will recognise it by. */
    static void cheque(DocWriter out, Dishonour x) {
        ChequeMatch c = x.cheque();
        subheading(out, "The cheque");
        Table t = new Table(out.flow(), List.of(Table.Column.left("Cheque no.", 0.14f), Table.Column.left("Cheque from", 0.25f),
                Table.Column.left("Bank", 0.15f), Table.Column.left("BSB", 0.11f), Table.Column.left("Received", 0.17f),
                Table.Column.right("Amount", 0.18f)));
        t.start(Style.SMALL_STRONG);
        t.row(Style.BODY, c.chequeNumber(), c.drawer(), c.bank(), c.bsb(), DocumentDates.date(c.receiptDate()),
                c.amount().format());
        t.end();
    }

    /** The receipt's items the cheque paid, and how much of each is reversed. */
    static void paidFor(DocWriter out, Dishonour x, Receipt receipt) {
        subheading(out, "Payment reversed on receipt " + x.cheque().receiptNo());
        Table t = new Table(out.flow(), List.of(Table.Column.left("What it paid for", 0.76f),
                Table.Column.right("Reversed", 0.24f)));
        t.start(Style.SMALL_STRONG);
        for (Dishonour.Line l : x.lines()) {
            t.row(Style.BODY, item(receipt, l), l.amount().format());
        }
        t.end();
        if (x.lines().size() > 1) {
            out.rule();
            out.amount(Style.STRONG, "Total reversed", x.cheque().amount().format());
        }
    }

    static void howToPay(DocWriter out, Organisation org, Dishonour x) {
        subheading(out, "How to pay");
        out.text(Style.BODY, "Please pay " + x.owing().format() + " in one of these ways, quoting reference "
                + x.reversalNo() + ":");
        out.gap(3);
        out.alignFieldsTo(Style.BODY, "At the counter");
        out.field(Style.BODY, "At the counter", org.name() + ", " + org.address() + ". Bring this letter with you.");
        out.field(Style.BODY, "By mail", "Send a bank cheque or money order payable to " + org.name() + " to "
                + org.address() + ", with the payment slip below.");
        out.gap(4);
        out.text(Style.BODY, "If you have already paid, or you think there is a mistake, please contact us and quote "
                + "reference " + x.reversalNo() + ".");
    }

    /** A slip under a cut line, for the payer to send back with a mailed payment. */
    static void paymentSlip(DocWriter out, Organisation org, Dishonour x, String payer) {
        out.gap(14);
        out.flow().keep(out.flow().leading(Style.SMALL) + out.flow().leading(Style.STRONG) + 4 * out.flow().leading(Style.BODY)
                + 4);
        out.centered(Style.SMALL, "- - - - - - - - - - - - - - - -  Cut here and return this part with your payment  "
                + "- - - - - - - - - - - - - - - -");
        out.gap(4);
        out.text(Style.STRONG, "Payment slip: dishonoured cheque, " + org.name());
        out.alignFieldsTo(Style.BODY, "Amount enclosed");
        out.field(Style.BODY, "Reference", x.reversalNo() + " (receipt " + x.cheque().receiptNo() + ")");
        out.field(Style.BODY, "Name", payer);
        out.field(Style.STRONG, "Amount owing", x.owing().format());
        out.field(Style.BODY, "Amount enclosed", "$ ____________");
    }

    private static String item(Receipt receipt, Dishonour.Line l) {
        ReceiptLine line = receipt == null ? null : receipt.lines().stream().filter(r -> r.lineNo() == l.lineNo())
                .findFirst().orElse(null);
        if (line == null) {
            return l.feeCode();
        }
        return line.description() + " (" + l.feeCode() + ")" + (line.reference() == null || line.reference().isBlank()
                ? "" : ", " + line.labelledReference());
    }
}
