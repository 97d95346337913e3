package org.counterdesk.banking;

/** A deposit with what is in it: the sessions, notes and coins, cheques and money orders. */
public record DepositDetail(Deposit deposit, DepositPlan contents) {
}
