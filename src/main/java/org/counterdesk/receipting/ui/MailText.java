package org.counterdesk.receipting.ui;

import org.counterdesk.common.Counted;
import org.counterdesk.receipting.MailBatch;

/** How a mail batch's progress reads on screen. */
final class MailText {

    private MailText() {
    }

    static String banner(MailBatch b) {
        if (b == null) {
            return "";
        }
        String progress = "Keying mail batch " + b.batchNo() + " (" + b.description() + "): " + b.keyedCount() + " of "
                + Counted.of(b.controlCount(), "payment", "payments") + ", " + b.keyedTotal().format() + " of " + b.controlTotal().format();
        return b.balanced() ? progress + ". It balances: finish it on Mail batches (F4)." : progress;
    }
}
