package org.counterdesk.receipting.ui;

import org.counterdesk.receipting.Receipt;

/** What the screen shows about the receipt just posted, until the next customer starts. */
public record Posted(Receipt receipt, String printProblem) {

    public String headline() {
        return "Receipt " + receipt.receiptNo() + " posted";
    }
}
