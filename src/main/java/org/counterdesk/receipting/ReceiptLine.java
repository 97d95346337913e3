package org.counterdesk.receipting;

import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;

/** A posted line, carrying the fee as it was when the receipt was posted. */
public record ReceiptLine(int lineNo, String feeCode, String description, String gl, TaxCode taxCode, String reference,
                          long quantity, Money unitPrice, Money amount, Money gst) {
}
