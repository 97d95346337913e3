package org.counterdesk.drawer;

import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.jdbi.v3.core.Jdbi;

/**
 * What the cash rooms' printing works with: this counter (its organisation and clock), the
 * database to read what is printed, the journal that records each copy, and where documents
 * are kept and printed. Handed over as one part to the drawer's and the banking's printing.
 */
public record PrintParts(CounterSetup counter, Jdbi jdbi, Journal journal, DocumentOutput output) {
}
