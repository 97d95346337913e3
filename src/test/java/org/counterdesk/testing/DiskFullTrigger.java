package org.counterdesk.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.h2.mvstore.MVStoreException;

/**
 * An H2 trigger that fails an insert as H2 fails when its disk is full: a general error whose
 * cause is the store's "Writing to ... failed" (which does not name the file) caused by
 * "No space left on device". You are root on the test machines, so permissions cannot do this.
 */
public final class DiskFullTrigger implements Trigger {

    public static volatile boolean armed;

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (armed) {
            MVStoreException store = new MVStoreException(2,
                    "Writing to sun.nio.ch.FileChannelImpl@5e9f23b4 failed; length 20480 at 589824 [2.4.240/2]");
            store.initCause(new IOException("No space left on device"));
            throw new SQLException("General error: \"" + store + "\"", "HY000", 50000, store);
        }
    }

    /** Installs the trigger on {@code table}, firing before each inserted row. */
    public static void install(org.jdbi.v3.core.Jdbi jdbi, String table) {
        jdbi.useHandle(h -> h.execute("CREATE TRIGGER disk_full_" + table + " BEFORE INSERT ON " + table
                + " FOR EACH ROW CALL \"" + DiskFullTrigger.class.getName() + "\""));
    }
}
