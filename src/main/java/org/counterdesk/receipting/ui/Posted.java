package org.counterdesk.receipting.ui;

import org.counterdesk.receipting.Receipt;

/**
 * What the screen shows about the receipt just posted, until the next customer starts. A receipt
 * found already saved (its post's answer was lost, or the draft was posted again) says so, so the
 * cashier does not take the payment again.
 */
public record Posted(Receipt receipt, boolean alreadySaved, String printProblem) {

    public String headline() {
        return alreadySaved ? "This payment was already saved as receipt " + receipt.receiptNo()
                + ": do not take it again" : "Receipt " + receipt.receiptNo() + " posted";
    }
}
