package org.counterdesk.backup;

import org.jdbi.v3.core.Handle;

/** The one query a backup needs besides the tables themselves: how many rows to expect. */
final class BackupDao {

    private BackupDao() {
    }

    /** Rows in the application's tables, as H2 estimates them: the scale of a progress bar. */
    static long estimatedRows(Handle h) {
        return h.createQuery("SELECT COALESCE(SUM(row_count_estimate), 0) FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC'").mapTo(Long.class).one();
    }
}
