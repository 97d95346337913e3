package org.counterdesk.testing;

import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.staff.Actor;
import org.counterdesk.visitors.Visits;

/** A counter's day in tests: receipts paid in cash, by cheque and by card, and a busy front desk. */
public final class Days {

    private Days() {
    }

    /** TAG ($7.02) paid in cash: $7.00 taken after rounding. */
    public static Receipt cashTag(TestCounter c, Actor cashier) {
        return c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("TAG"))
                .withTender(Tender.cash(Money.ofDollars(10))));
    }

    /** DOGF ($157.50) paid by cheque number {@code number}. */
    public static Receipt chequeDog(TestCounter c, Actor cashier, String number) {
        return c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("DOGF"))
                .withTender(Tender.cheque(Money.ofCents(15750), "R Patel", "ANZ", "013-006", number)));
    }

    /** A rates payment of {@code cents} split EFTPOS $20 and the rest in cash. */
    public static Receipt splitRates(TestCounter c, Actor cashier, long cents) {
        return c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("RATES", "89557136", cents))
                .withTender(Tender.eftpos(Money.ofDollars(20), "EF" + cents))
                .withTender(Tender.cash(Money.ofCents(cents))));
    }

    /** Something on every list the cashier's screens show: a visitor on site, a delivery waiting, a cash receipt. */
    public static void somethingOnEveryList(TestCounter c) {
        Actor casey = c.cashier();
        var fd = c.services.frontDeskRoom();
        fd.visits().signIn(casey, new Visits.Request("Jane Citizen", "Acme Surveying and Engineering", null, "robyn",
                "Site plan meeting about the river crossing", "ABC123", "1", null));
        fd.deliveries().log(casey, new Deliveries.Form("Australia Post", "AP 1234 5678 9012", "2", null, "Daniel"));
        cashTag(c, casey);
    }
}
