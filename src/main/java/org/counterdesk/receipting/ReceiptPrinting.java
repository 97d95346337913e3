package org.counterdesk.receipting;

import java.nio.file.Path;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Actor;

/**
 * Makes the receipting room's documents, keeps each one in the data folder, and sends it to
 * the printer the settings name. The file is written before printing, so when the printer
 * fails the document is still kept and a {@link NotPrintedException} says so; nothing needs
 * posting again.
 */
public record ReceiptPrinting(CounterSetup counter, ReceiptBook book, MailBatches batches, DocumentOutput output) {

    /** Prints the original of {@code r} on the configured paper; returns the kept PDF. */
    public Path printReceipt(Receipt r) {
        return printReceipt(r, output.layout());
    }

    /** Prints the original of {@code r} on the given paper (A4 for a receipt to be mailed). */
    public Path printReceipt(Receipt r, ReceiptLayout layout) {
        Path file = output.dayFolder("receipts", r.businessDate()).resolve(r.receiptNo() + ".pdf");
        return output.keepAndPrint("the receipt", file, r.receiptNo(),
                doc -> new ReceiptPdf(counter.organisation(), counter.demo()).draw(doc, r, layout, null));
    }

    /** Journals a reprint, then prints a copy that says COPY (and VOIDED if it has been voided). */
    public Path printCopy(Actor actor, Receipt r) {
        Receipt current = book.byNumber(r.receiptNo()).orElse(r);
        // Journal first: a copy must never exist that the journal does not know about.
        int copy = book.recordReprint(actor, current);
        var reprint = new ReceiptPdf.Reprint(copy, counter.clock().instant());
        ReceiptLayout layout = output.layout();
        Path file = output.dayFolder("receipts", r.businessDate()).resolve(r.receiptNo() + "-copy" + copy + ".pdf");
        return output.keepAndPrint("the receipt copy", file, r.receiptNo() + " copy " + copy,
                doc -> new ReceiptPdf(counter.organisation(), counter.demo()).draw(doc, current, layout, reprint));
    }

    /** Prints the void notice of a voided receipt. */
    public Path printVoid(Receipt voidedReceipt) {
        Receipt r = voidedReceipt.isVoided() ? voidedReceipt
                : book.byNumber(voidedReceipt.receiptNo()).orElse(voidedReceipt);
        VoidRecord v = r.voided().orElseThrow(() -> new Refused("Receipt " + r.receiptNo() + " has not been voided."));
        ReceiptLayout layout = output.layout();
        Path file = output.dayFolder("voids", r.businessDate()).resolve(v.voidNo() + ".pdf");
        return output.keepAndPrint("the void notice", file, v.voidNo(),
                doc -> new VoidPdf(counter.organisation(), counter.demo()).draw(doc, r, v, layout));
    }

    /** Prints the summary of a mail batch as it stands now. */
    public Path printMailBatch(MailBatch batch) {
        MailBatch current = batches.get(batch.id());
        List<Receipt> receipts = batches.receipts(batch.id());
        ReceiptLayout layout = output.layout();
        Path file = output.dayFolder("mail-batches", current.businessDate()).resolve(current.batchNo() + ".pdf");
        return output.keepAndPrint("the mail batch summary", file, current.batchNo(),
                doc -> new MailBatchPdf(counter.organisation(), counter.demo())
                        .draw(doc, current, receipts, layout, counter.clock().instant()));
    }
}
