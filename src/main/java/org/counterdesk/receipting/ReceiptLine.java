package org.counterdesk.receipting;

import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;

/**
 * A posted line, carrying the fee as it was when the receipt was posted; {@code referenceLabel}
 * is what that fee called its reference ("Assessment number"), so documents can say what the number is.
 */
public record ReceiptLine(int lineNo, String feeCode, String description, String gl, TaxCode taxCode, String reference,
                          String referenceLabel, long quantity, Money unitPrice, Money amount, Money gst) {

    /** "Assessment number 12345678", or the bare reference when the fee names none; null without a reference. */
    public String labelledReference() {
        if (reference == null) {
            return null;
        }
        return referenceLabel == null || referenceLabel.isBlank() ? reference : referenceLabel + " " + reference;
    }
}
