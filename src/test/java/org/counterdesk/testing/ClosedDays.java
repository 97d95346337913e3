package org.counterdesk.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.app.AppServices;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;

/**
 * Business days taken through to their closure with the real services: each day Casey (1001)
 * receipts a tag in cash, a dog registration by cheque and a split rates payment, voids a
 * second tag, closes her drawer balanced; she prepares the banking, Sam (2001) checks it and
 * closes the day. The clock then moves on to the next morning.
 */
public final class ClosedDays {

    private ClosedDays() {
    }

    /** Closes {@code days} business days in a row on a demo counter; returns their dates. */
    public static List<LocalDate> close(TestCounter c, int days) {
        AppServices s = c.services;
        List<LocalDate> closed = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = s.counter().businessDate();
            Actor casey = c.cashier();
            Days.cashTag(c, casey);
            Days.chequeDog(c, casey, "1000" + d);
            Days.splitRates(c, casey, 123_45 + d);
            Receipt wrong = Days.cashTag(c, casey);
            s.receipting().voids().voidReceipt(casey, new VoidService.Request(wrong.receiptNo(), "2001", "2222", "Keyed twice", ""));
            c.clock.advance(Duration.ofHours(6));
            Drawers.closeBalanced(s, casey);
            s.bankingRoom().banking().bank(casey, "BAG " + (100 + d), "2001", "2222");
            s.bankingRoom().dayClosures().close(c.supervisor(), date);
            closed.add(date);
            c.clock.advance(Duration.ofHours(18));
        }
        return closed;
    }
}
