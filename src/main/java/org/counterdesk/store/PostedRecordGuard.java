package org.counterdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Makes the database itself refuse to change or delete a posted record: installed by
 * migration V8 as a BEFORE UPDATE, DELETE trigger on every insert-only table, so a slip in
 * code (or a hand-typed statement) cannot rewrite history. H2 loads this class inside the
 * database engine, so it depends on nothing but H2 and the JDK.
 */
public final class PostedRecordGuard implements Trigger {

    /** SQLSTATE of a refused change: the standard's "triggered data change violation". */
    public static final String REFUSED = "27000";

    private static final String PREFIX = "posted_";

    private String table = "this table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        // The trigger is named posted_<table>. During an ALTER TABLE, H2 copies the table as
        // <table>_copy_N_M with the trigger as <table>_copy_N_M_posted_<table>, and the copy's
        // trigger instance is the one that stays in use, so the name after the prefix is the
        // only stable one.
        String name = triggerName.toLowerCase(Locale.ROOT);
        int at = name.lastIndexOf(PREFIX);
        table = at >= 0 ? name.substring(at + PREFIX.length()) : tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is a posted record: it cannot be changed or deleted; "
                + "record a correction instead", REFUSED);
    }
}
