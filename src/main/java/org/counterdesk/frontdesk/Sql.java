package org.counterdesk.frontdesk;

import java.sql.SQLException;

/** Recognises database refusals that the front desk turns into messages. */
public final class Sql {

    /** SQLSTATE for a unique or primary key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** True when {@code failure} was caused by a row that would have broken a unique key. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
