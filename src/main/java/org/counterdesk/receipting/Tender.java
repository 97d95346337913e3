package org.counterdesk.receipting;

import org.counterdesk.common.Refused;
import org.counterdesk.common.SafeText;
import org.counterdesk.money.Money;
import org.counterdesk.money.TenderKind;

/**
 * One payment towards a receipt. For cash, {@code amount} is what the customer handed over
 * (change comes back from it); for the others it is exactly what that payment pays. The
 * factory methods check the details a bank or auditor needs and refuse anything missing.
 */
public record Tender(TenderKind kind, Money amount, String eftposReference, String chequeDrawer, String chequeBank,
                     String chequeBsb, String chequeNumber, String issuer, String moneyOrderNumber) {

    public static Tender cash(Money handedOver) {
        positive(handedOver, "cashAmount");
        return new Tender(TenderKind.CASH, handedOver, null, null, null, null, null, null, null);
    }

    public static Tender eftpos(Money amount, String terminalReference) {
        positive(amount, "eftposAmount");
        String ref = required(terminalReference, "eftposReference", "the EFTPOS terminal's reference", 40);
        return new Tender(TenderKind.EFTPOS, amount, ref, null, null, null, null, null, null);
    }

    public static Tender cheque(Money amount, String drawer, String bank, String bsb, String number) {
        positive(amount, "chequeAmount");
        String d = required(drawer, "chequeDrawer", "who the cheque is from (the name printed on it)", 80);
        String b = required(bank, "chequeBank", "the bank", 60);
        String s = bsb == null ? "" : bsb.strip();
        if (s.matches("\\d{6}")) {
            s = s.substring(0, 3) + "-" + s.substring(3);
        }
        if (!s.matches("\\d{3}-\\d{3}")) {
            throw new Refused("chequeBsb", "A BSB is six digits written 123-456.");
        }
        String n = number == null ? "" : number.strip();
        if (!n.matches("\\d{1,12}")) {
            throw new Refused("chequeNumber", "Enter the cheque number (digits, as printed on the cheque).");
        }
        return new Tender(TenderKind.CHEQUE, amount, null, d, b, s, n, null, null);
    }

    public static Tender moneyOrder(Money amount, String issuer, String number) {
        positive(amount, "moneyOrderAmount");
        String i = required(issuer, "moneyOrderIssuer", "who issued the money order", 60);
        String n = required(number, "moneyOrderNumber", "the money order number", 30);
        return new Tender(TenderKind.MONEY_ORDER, amount, null, null, null, null, null, i, n);
    }

    public boolean isCash() {
        return kind == TenderKind.CASH;
    }

    /** One line describing the payment for screens and documents. */
    public String describe() {
        return switch (kind) {
            case CASH -> "Cash";
            case EFTPOS -> "EFTPOS ref " + eftposReference;
            case CHEQUE -> "Cheque " + chequeNumber + " " + chequeDrawer + ", " + chequeBank + " " + chequeBsb;
            case MONEY_ORDER -> "Money order " + moneyOrderNumber + " (" + issuer + ")";
        };
    }

    private static void positive(Money amount, String field) {
        if (amount == null || !amount.isPositive()) {
            throw new Refused(field, "The amount must be more than zero.");
        }
    }

    private static String required(String value, String field, String what, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new Refused(field, "Enter " + what + ".");
        }
        if (v.length() > max) {
            throw new Refused(field, "That is too long: at most " + max + " characters.");
        }
        if (SafeText.problem(v).isPresent()) {
            throw new Refused(field, "That contains a character that cannot be printed.");
        }
        return v;
    }
}
