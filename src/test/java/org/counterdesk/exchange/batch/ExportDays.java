package org.counterdesk.exchange.batch;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.counterdesk.app.AppServices;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.PettyCashClaim;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;

/**
 * Closed days to export, made through the real services. Day one: Casey takes a tax invoice
 * in cash, a payment in four tenders, a cheque that will bounce, and a tag she voids; pays
 * petty cash; Sam takes a split rates payment and closes 50 cents short; both drawers banked,
 * the day closed. Each later day: the bounced cheque is reversed (on the second day only),
 * Casey takes two cash payments, banks and the day is closed.
 */
final class ExportDays {

    static final SessionOpening.Approval SAM = new SessionOpening.Approval("2001", "2222", "");

    private final TestCounter c;
    private final AppServices s;
    final Actor casey;
    final Actor sam;
    private Receipt bouncing;
    private int day;

    ExportDays(TestCounter c) {
        this.c = c;
        this.s = c.services;
        this.casey = c.cashier();
        this.sam = c.supervisor();
    }

    /** The first day, closed; returns its business date. */
    LocalDate firstDay() {
        LocalDate date = s.counter().businessDate();
        s.receipting().poster().post(casey, Receipts.taxInvoiceInCash(c, "Nina Dang"));
        s.receipting().poster().post(casey, Receipts.everyTender(c));
        bouncing = s.receipting().poster().post(casey, ReceiptDraft.empty().withLine(c.line("DOGF"))
                .withTender(Tender.cheque(Money.ofCents(157_50), "A & B Citizen", "Westpac", "032-100", "300100")));
        Receipt wrong = Days.cashTag(c, casey);
        c.clock.advance(Duration.ofMinutes(5));
        s.receipting().voids().voidReceipt(casey, new VoidService.Request(wrong.receiptNo(), "2001", "2222", "Wrong fee keyed", ""));
        s.drawer().movements().pettyCash(casey, new PettyCashClaim("Jordan Lee", "Milk for the counter team", "1-1100-4410",
                "Coles 4471-0098", Money.ofCents(12_30)), SAM);
        Drawers.open(s, sam);
        Days.splitRates(c, sam, 55_02);
        c.clock.advance(Duration.ofHours(6));
        Drawers.closeBalanced(s, casey);
        closeShort(sam, Money.ofCents(50));
        bankAndClose(date);
        return date;
    }

    /** A later day, closed; the second day also reverses the bounced cheque. */
    LocalDate nextDay() {
        c.clock.advance(Duration.ofHours(18));
        LocalDate date = s.counter().businessDate();
        if (bouncing != null) {
            s.bankingRoom().dishonours().record(sam, bouncing.receiptNo(), 1, "WBC-DH-7781", date, Money.ofCents(15_00));
            bouncing = null;
        }
        Drawers.open(s, casey);
        Days.cashTag(c, casey);
        Days.splitRates(c, casey, 120_07);
        c.clock.advance(Duration.ofHours(6));
        Drawers.closeBalanced(s, casey);
        bankAndClose(date);
        return date;
    }

    private void bankAndClose(LocalDate date) {
        s.bankingRoom().banking().bank(casey, "BAG " + (++day), "2001", "2222");
        s.bankingRoom().dayClosures().close(sam, date);
    }

    private void closeShort(Actor actor, Money shortBy) {
        DrawerSession session = s.drawer().sessions().current(actor).orElseThrow();
        var figures = s.drawer().closing().status(session.id()).figures();
        CashCount cash = Drawers.cashOf(figures.expectedCash().minus(shortBy));
        s.drawer().closing().submit(actor, new ClosingCount(cash,
                figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet()), figures.eftpos(),
                FloatSuggestion.keep(cash, session.setFloat())));
    }
}
