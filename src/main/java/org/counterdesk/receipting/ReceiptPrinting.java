package org.counterdesk.receipting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.common.Refused;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentFiles;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.print.PrintFailure;
import org.counterdesk.print.Printers;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.DataFolder;

/**
 * Makes the receipting room's documents, keeps each one in the data folder, and sends it to
 * the printer the settings name. The file is written before printing, so when the printer
 * fails the document is still kept and a {@link NotPrintedException} says so; nothing needs
 * posting again.
 */
public final class ReceiptPrinting {

    private final DataFolder folder;
    private final CounterSetup counter;
    private final ReceiptBook book;
    private final MailBatches batches;
    private final Printers printers;

    public ReceiptPrinting(DataFolder folder, CounterSetup counter, ReceiptBook book, MailBatches batches,
                           Printers printers) {
        this.folder = folder;
        this.counter = counter;
        this.book = book;
        this.batches = batches;
        this.printers = printers;
    }

    /** Prints the original of {@code r} on the configured paper; returns the kept PDF. */
    public Path printReceipt(Receipt r) {
        return printReceipt(r, printers.settings().receiptLayout());
    }

    /** Prints the original of {@code r} on the given paper (A4 for a receipt to be mailed). */
    public Path printReceipt(Receipt r, ReceiptLayout layout) {
        Path file = dayFolder("receipts", r.businessDate()).resolve(r.receiptNo() + ".pdf");
        return keepAndPrint("the receipt", file, r.receiptNo(),
                doc -> new ReceiptPdf(counter.organisation(), counter.demo()).draw(doc, r, layout, null));
    }

    /** Journals a reprint, then prints a copy that says COPY (and VOIDED if it has been voided). */
    public Path printCopy(Actor actor, Receipt r) {
        Receipt current = book.byNumber(r.receiptNo()).orElse(r);
        // Journal first: a copy must never exist that the journal does not know about.
        int copy = book.recordReprint(actor, current);
        var reprint = new ReceiptPdf.Reprint(copy, counter.clock().instant());
        ReceiptLayout layout = printers.settings().receiptLayout();
        Path file = dayFolder("receipts", r.businessDate()).resolve(r.receiptNo() + "-copy" + copy + ".pdf");
        return keepAndPrint("the receipt copy", file, r.receiptNo() + " copy " + copy,
                doc -> new ReceiptPdf(counter.organisation(), counter.demo()).draw(doc, current, layout, reprint));
    }

    /** Prints the void notice of a voided receipt. */
    public Path printVoid(Receipt voidedReceipt) {
        Receipt r = voidedReceipt.isVoided() ? voidedReceipt
                : book.byNumber(voidedReceipt.receiptNo()).orElse(voidedReceipt);
        VoidRecord v = r.voided().orElseThrow(() -> new Refused("Receipt " + r.receiptNo() + " has not been voided."));
        ReceiptLayout layout = printers.settings().receiptLayout();
        Path file = dayFolder("voids", r.businessDate()).resolve(v.voidNo() + ".pdf");
        return keepAndPrint("the void notice", file, v.voidNo(),
                doc -> new VoidPdf(counter.organisation(), counter.demo()).draw(doc, r, v, layout));
    }

    /** Prints the summary of a mail batch as it stands now. */
    public Path printMailBatch(MailBatch batch) {
        MailBatch current = batches.get(batch.id());
        List<Receipt> receipts = batches.receipts(batch.id());
        ReceiptLayout layout = printers.settings().receiptLayout();
        Path file = dayFolder("mail-batches", current.businessDate()).resolve(current.batchNo() + ".pdf");
        return keepAndPrint("the mail batch summary", file, current.batchNo(),
                doc -> new MailBatchPdf(counter.organisation(), counter.demo())
                        .draw(doc, current, receipts, layout, counter.clock().instant()));
    }

    /** What lays a document out into an empty PDF. */
    private interface Layout {
        void draw(PDDocument doc) throws IOException;
    }

    private Path keepAndPrint(String what, Path file, String jobName, Layout layout) {
        try (PDDocument doc = new PDDocument()) {
            layout.draw(doc);
            DocumentFiles.save(doc, file);
        } catch (IOException e) {
            throw new IllegalStateException("could not lay out " + what + " " + jobName, e);
        }
        try {
            printers.current().print(file, jobName);
        } catch (PrintFailure f) {
            throw new NotPrintedException(what, file, f);
        }
        return file;
    }

    private Path dayFolder(String kind, LocalDate businessDate) {
        return folder.documents().resolve(kind).resolve(businessDate.toString());
    }
}
