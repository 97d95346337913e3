package org.counterdesk.receipting;

import java.util.Optional;

/** How a tender reads on documents: a headline beside its amount, and the details a bank or auditor needs. */
final class TenderText {

    private TenderText() {
    }

    static String headline(Tender t) {
        return switch (t.kind()) {
            case CASH -> "Cash tendered";
            case EFTPOS -> "EFTPOS";
            case CHEQUE -> "Cheque no. " + t.chequeNumber();
            case MONEY_ORDER -> "Money order no. " + t.moneyOrderNumber();
        };
    }

    static Optional<String> details(Tender t) {
        return switch (t.kind()) {
            case CASH -> Optional.empty();
            case EFTPOS -> Optional.of("Terminal ref " + t.eftposReference());
            case CHEQUE -> Optional.of("Cheque from " + t.chequeDrawer() + " · " + t.chequeBank() + " · BSB " + t.chequeBsb());
            case MONEY_ORDER -> Optional.of("Issued by " + t.issuer());
        };
    }
}
