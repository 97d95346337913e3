package org.counterdesk.banking;

import java.time.LocalDate;
import org.counterdesk.money.Money;

/** A cheque taken on a receipt, as found when a dishonour notice arrives. */
public record ChequeMatch(long receiptId, String receiptNo, LocalDate receiptDate, int tenderLine, String chequeNumber,
                          String drawer, String bank, String bsb, Money amount, String payerName, boolean banked,
                          String dishonouredBy) {

    public String describe() {
        return "Cheque " + chequeNumber + " \u2014 " + drawer + ", " + bank + " " + bsb + ", " + amount.format()
                + " on " + receiptNo + " of " + receiptDate;
    }
}
