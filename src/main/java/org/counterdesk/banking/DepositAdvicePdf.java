package org.counterdesk.banking;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.DocumentFrame;
import org.counterdesk.print.KeyFigures;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.Signatures;
import org.counterdesk.print.Style;

/**
 * The deposit advice (bank deposit slip), always on A4 because banks take A4 slips: the
 * account paid into, the deposit's reference and number, the notes and coins by denomination,
 * every cheque and money order, the totals, and lines for the preparer and the checker to
 * sign. A banking summary page follows for the council's own records.
 */
final class DepositAdvicePdf {

    static final String TITLE = "Deposit advice";

    private final DocumentFrame frame;

    DepositAdvicePdf(Organisation org, boolean demo) {
        this.frame = new DocumentFrame(org, demo);
    }

    /** Draws the advice; {@code copy} is 0 for the original, else the number of the copy (a reprint says COPY). */
    void draw(PDDocument doc, DepositPapers p, Instant printedAt, int copy) throws IOException {
        Deposit d = p.deposit();
        DocWriter out = frame.open(doc, PageFormat.A4, TITLE, TITLE + " " + d.depositNo() + " · reference "
                + d.reference() + " · printed " + DocumentDates.dateTime(printedAt, frame.zone()),
                "DEMO — NOT A REAL DEPOSIT: DO NOT TAKE TO THE BANK");
        if (copy > 0) {
            out.banner(Style.HEADING, "COPY " + copy + ": the original was printed when the drawers were banked");
            out.gap(6);
        }
        KeyFigures.write(out, Style.TOTAL, List.of(KeyFigures.Figure.emphasised("Bag / slip reference", d.reference()),
                KeyFigures.Figure.of("Deposit no.", d.depositNo()),
                KeyFigures.Figure.of("Date", DocumentDates.date(d.businessDate())),
                KeyFigures.Figure.of("Total deposit", d.total().format())));
        out.gap(8);
        account(out);
        details(out, p);
        DepositSlipLists.cash(out, p.contents().cash());
        DepositSlipLists.instruments(out, p.contents(), Instrument.Kind.CHEQUE);
        DepositSlipLists.instruments(out, p.contents(), Instrument.Kind.MONEY_ORDER);
        totals(out, p.contents(), d.total());
        signatures(out, d);
        out.flow().pageBreak();
        BankingSummaryPage.write(out, p);
        out.flow().finish();
    }

    /** The account the takings go into; said plainly when the organisation has not set it up. */
    private void account(DocWriter out) {
        Organisation.BankAccount bank = frame.org().bank();
        out.alignFieldsTo(Style.STRONG, "Account number");
        if (bank == null) {
            out.banner(Style.STRONG, "BANK ACCOUNT NOT SET UP: write the account name, BSB and account number by hand, "
                    + "and ask an administrator to enter them in the organisation's details");
            out.gap(4);
        }
        out.field(Style.STRONG, "Account name", bank == null ? "not set up" : bank.accountName());
        out.field(Style.STRONG, "BSB", bank == null ? "not set up" : bank.bsb());
        out.field(Style.STRONG, "Account number", bank == null ? "not set up" : bank.accountNumber());
        out.rule();
    }

    private void details(DocWriter out, DepositPapers p) {
        Deposit d = p.deposit();
        out.field(Style.BODY, "Site", p.terminal().site() + ", terminal " + p.terminal().code() + " ("
                + p.terminal().name() + ")");
        out.field(Style.BODY, "Prepared by", d.preparedBy() + ", " + DocumentDates.dateTime(d.preparedAt(), frame.zone()));
        out.field(Style.BODY, "Checked by", d.checkedBy());
    }

    private static void totals(DocWriter page, DepositPlan plan, Money total) {
        page.gap(6);
        page.flow().keep(page.flow().leading(Style.TITLE) + 4 * page.flow().leading(Style.BODY) + 20);
        DocWriter out = page.rightColumn(0.55f);
        out.amount(Style.BODY, "Total cash (notes and coins)", plan.cash().total().format());
        out.amount(Style.BODY, "Cheques (" + plan.count(Instrument.Kind.CHEQUE) + ")", plan.cheques().format());
        out.amount(Style.BODY, "Money orders (" + plan.count(Instrument.Kind.MONEY_ORDER) + ")",
                plan.moneyOrders().format());
        out.heavyRule();
        out.amount(Style.TITLE, "Total deposit", total.format());
    }

    private static void signatures(DocWriter out, Deposit d) {
        out.gap(8);
        out.flow().keep(out.flow().format().bodySize() * 6.5f);
        out.text(Style.SMALL, "We counted this deposit together and agree with the figures above.");
        out.gap(2);
        Signatures.write(out, List.of("Prepared by: " + d.preparedBy(), "Checked by: " + d.checkedBy(),
                "Bank teller: initials and stamp"));
    }
}
