package org.counterdesk.drawer;

import org.counterdesk.money.Money;

/** A cheque or money order taken on a receipt, to be found in the drawer at the close. */
public record Instrument(long receiptId, int tenderLine, String receiptNo, Kind kind, String number,
                         String drawerOrIssuer, String bank, String bsb, Money amount) {

    /** The two kinds of paper payment that are banked. */
    public enum Kind {
        CHEQUE, MONEY_ORDER
    }

    /** How the instrument reads in the close checklist and on reports. */
    public String describe() {
        return kind == Kind.CHEQUE
                ? "Cheque " + number + " \u2014 " + drawerOrIssuer + ", " + bank + " " + bsb
                : "Money order " + number + " \u2014 " + drawerOrIssuer;
    }

    /** Identifies the instrument within the session. */
    public String key() {
        return receiptId + "/" + tenderLine;
    }
}
