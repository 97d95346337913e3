package org.counterdesk.exchange.batch;

import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What the DAOs of one terminal's closed business day share: the handle the whole day is read
 * in, and the terminal {@code :t} and date {@code :d} every one of their queries names.
 */
abstract class TerminalDayDao {

    private final Handle handle;
    private final long terminal;
    private final LocalDate date;

    TerminalDayDao(Handle handle, long terminal, LocalDate date) {
        this.handle = handle;
        this.terminal = terminal;
        this.date = date;
    }

    /** The query {@code sql} with the terminal and the day bound. */
    final Query dayQuery(String sql) {
        return handle.createQuery(sql).bind("t", terminal).bind("d", date);
    }
}
