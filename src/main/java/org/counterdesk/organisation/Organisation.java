package org.counterdesk.organisation;

import java.time.ZoneId;

/**
 * The council or agency running the counter: what its tax invoices and deposit advices name,
 * the time zone that decides business dates, and the GL accounts for money that is not a fee.
 */
public record Organisation(String name, String abn, String address, BankAccount bank, ZoneId timeZone,
                           Accounts accounts) {

    /** The account the day's takings are banked into. */
    public record BankAccount(String accountName, String bsb, String accountNumber) {
    }

    /** GL accounts for cash rounding, cash over/short, petty cash and dishonour fees. */
    public record Accounts(String cashRounding, String cashOverShort, String pettyCash, String dishonourFees) {
    }
}
