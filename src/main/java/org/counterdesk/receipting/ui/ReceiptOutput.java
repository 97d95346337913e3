package org.counterdesk.receipting.ui;

import org.counterdesk.receipting.Receipt;

/** Prints a receipt just posted (counter receipts on the roll, mailed ones on A4). */
@FunctionalInterface
public interface ReceiptOutput {
    void print(Receipt receipt, boolean mailed) throws Exception;
}
