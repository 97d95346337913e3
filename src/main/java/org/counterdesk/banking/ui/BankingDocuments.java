package org.counterdesk.banking.ui;

import java.time.LocalDate;

/** The banking room's documents, as the screen asks for them: the printed ones and the closed day's batch for finance. */
public interface BankingDocuments {

    void printDepositAdvice(long depositId) throws Exception;

    void printDayReport(long closureId) throws Exception;

    void printDishonourNotice(long dishonourId) throws Exception;

    /** Prints a day report again, marked COPY and journaled. */
    void reprintDayReport(long closureId) throws Exception;

    /** Prints a deposit advice again, marked COPY and journaled. */
    void reprintDepositAdvice(long depositId) throws Exception;

    /** Hands the closed day to finance as its export batch; returns a sentence saying where it went. */
    String sendToFinance(LocalDate day) throws Exception;
}
