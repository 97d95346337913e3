package org.counterdesk.drawer;

import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;

/** A claim paid from the drawer against a docket: who, what for, which GL account, how much. */
public record PettyCashClaim(String claimant, String purpose, String glAccount, String docketRef, Money amount) {

    /** Refuses a claim with anything missing, or above {@code limit}. */
    void check(Money limit) {
        required(claimant, "claimant", "who is claiming", 80);
        required(purpose, "purpose", "what it was for", 200);
        required(glAccount, "glAccount", "the GL account", 30);
        required(docketRef, "docketRef", "the docket (receipt) reference: no docket, no petty cash", 40);
        if (amount == null || !amount.isPositive()) {
            throw new Refused("amount", "The amount must be more than zero.");
        }
        if (amount.greaterThan(limit)) {
            throw new Refused("amount", "Petty cash is limited to " + limit.format() + " a claim.");
        }
    }

    private static void required(String value, String field, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new Refused(field, "Enter " + what + ".");
        }
        if (value.strip().length() > max) {
            throw new Refused(field, "That is too long: at most " + max + " characters.");
        }
    }
}
