package org.counterdesk.banking;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.money.Money;

/** A deposit as banked: its number, the bag or slip reference, who prepared and checked it, and its totals. */
public record Deposit(long id, String depositNo, String reference, LocalDate businessDate, Instant preparedAt,
                      String preparedBy, String checkedBy, Money cash, Money cheques, Money moneyOrders, Money total,
                      Money eftpos) {
}
