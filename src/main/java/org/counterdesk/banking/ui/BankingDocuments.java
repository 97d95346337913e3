package org.counterdesk.banking.ui;

/** The banking room's printed documents, as the screen asks for them. */
public interface BankingDocuments {

    void printDepositAdvice(long depositId) throws Exception;

    void printDayReport(long closureId) throws Exception;

    void printDishonourNotice(long dishonourId) throws Exception;
}
