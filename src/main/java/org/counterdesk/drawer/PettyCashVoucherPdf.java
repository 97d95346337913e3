package org.counterdesk.drawer;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.print.Signatures;
import org.counterdesk.print.Style;

/**
 * The petty cash voucher: cash paid from a drawer against a docket, with the claimant, what it
 * was for, the GL account to charge, the amount in large type, who approved and who paid it,
 * and lines for the claimant, the cashier and the approving supervisor to sign. The docket is
 * stapled to it.
 */
final class PettyCashVoucherPdf {

    static final String TITLE = "Petty cash voucher";

    private final DocumentFrame frame;

    PettyCashVoucherPdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    void draw(PDDocument doc, CashMovement m, DrawerSession s, ReceiptLayout layout) throws IOException {
        DocWriter out = frame.open(doc, layout.format(), TITLE, TITLE + " " + m.voucherNo());
        details(out, m, s);
        amount(out, m);
        people(out, m);
        out.rule();
        out.text(Style.SMALL, "Attach the docket (receipt) to this voucher. Petty cash is paid only against a docket "
                + "and a supervisor's approval.");
        signatures(out, m);
        out.flow().finish();
    }

    private void details(DocWriter out, CashMovement m, DrawerSession s) {
        ZoneId zone = frame.zone();
        out.alignFieldsTo(Style.BODY, "Docket ref.", "GL account", "Approved by");
        out.field(Style.HEADING, "Voucher", m.voucherNo());
        out.field(Style.BODY, "Paid", DocumentDates.dateTime(m.at(), zone));
        out.field(Style.BODY, "Drawer", s.drawerCode() + ", session " + s.id());
        out.gap(4);
        out.field(Style.STRONG, "Claimant", m.claimant());
        out.field(Style.BODY, "Purpose", m.purpose());
        out.field(Style.BODY, "GL account", m.glAccount());
        out.field(Style.BODY, "Docket ref.", m.docketRef());
    }

    private static void amount(DocWriter page, CashMovement m) {
        DocWriter out = page.flow().format().roll() ? page : page.column(0, 0.62f);
        out.heavyRule();
        out.amount(Style.TITLE.larger(page.flow().format().roll() ? 1.1f : 1.3f), "Amount", m.amount().format());
        out.heavyRule();
    }

    private static void people(DocWriter out, CashMovement m) {
        out.field(Style.BODY, "Approved by", m.approvedBy() + " (supervisor)");
        out.field(Style.BODY, "Paid by", m.recordedBy() + " (cashier)");
    }

    private static void signatures(DocWriter out, CashMovement m) {
        out.gap(10);
        Signatures.write(out, List.of("Claimant's signature: " + m.claimant() + ", received " + m.amount().format(),
                "Cashier's signature: " + m.recordedBy(), "Approving supervisor's signature: " + m.approvedBy()));
    }
}
