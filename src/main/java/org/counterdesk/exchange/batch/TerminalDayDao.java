package org.counterdesk.exchange.batch;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What the DAOs of one terminal's closed business day share: the handle the whole day is read
 * in, and the terminal {@code :t} and date {@code :d} every one of their queries names.
 */
record TerminalDayDao(Handle handle, long terminal, LocalDate date) {

    /** The query {@code sql} with the terminal and the day bound. */
    Query query(String sql) {
        return handle.createQuery(sql).bind("t", terminal).bind("d", date);
    }
}
