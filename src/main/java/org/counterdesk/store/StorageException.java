package org.counterdesk.store;

import java.sql.SQLException;
import org.counterdesk.common.UserFacing;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database could not do what was asked (disk full, file locked, connection lost). The
 * message is written for the person at the counter; the cause is kept for the log.
 */
public class StorageException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StorageException.class);

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Turns a database failure into a message for the counter: what could not be done
     * ({@code doing}, like "post the receipt; nothing was saved") and why, in plain words.
     * The failure itself goes to the log.
     */
    public static StorageException of(Throwable failure, String doing) {
        String why = why(failure);
        LOG.error("Could not {}: {}", doing, why, failure);
        return new StorageException("Could not " + doing + ": " + why + ".", failure);
    }

    private static String why(Throwable failure) {
        SQLException sql = findSql(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        String text = String.valueOf(failure.getMessage()) + (sql == null ? "" : sql.getMessage());
        if (sql != null && PostedRecordGuard.REFUSED.equals(sql.getSQLState())) {
            // Only a fault in the program gets here: the app never changes a posted record.
            return "the database refused to change a posted record, which is never allowed (a correction is "
                    + "recorded as a new record); please report this fault to your administrator";
        } else if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return "Counterdesk is already running on this PC (the database is open in another window)";
        } else if (text.contains("No space left") || text.contains("disk full")) {
            return "the disk is full";
        } else if (code == ErrorCode.LOCK_TIMEOUT_1 || code == ErrorCode.DEADLOCK_1) {
            return "the database is busy";
        } else if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 || code == ErrorCode.DATABASE_NOT_FOUND_1) {
            return "there is no Counterdesk database in that folder";
        } else if (code == ErrorCode.FILE_CORRUPTED_1) {
            return "the database file is damaged: restore the latest backup";
        }
        return "the database reported a problem (details are in the log)";
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
