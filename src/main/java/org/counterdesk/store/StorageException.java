package org.counterdesk.store;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.counterdesk.common.UserFacing;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database could not do what was asked (disk full, file locked, connection lost). The
 * message is written for the person at the counter; the cause is kept for the log.
 */
public class StorageException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StorageException.class);
    /** The folder of the database opened last: H2 does not name its file when a write fails. */
    private static volatile Path databaseFolder;

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
        } else if (stopped(failure)) {
            return "the database has stopped, most often because the disk" + where(databaseFolder) + " filled up: "
                    + "free some space on it, then close and restart Counterdesk";
        } else if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return "Counterdesk is already running on this PC (the database is open in another window)";
        } else if (diskFull(text, failure)) {
            return fullDisk(failure);
        } else if (code == ErrorCode.LOCK_TIMEOUT_1 || code == ErrorCode.DEADLOCK_1) {
            return "the database is busy";
        } else if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 || code == ErrorCode.DATABASE_NOT_FOUND_1) {
            return "there is no Counterdesk database in that folder";
        } else if (code == ErrorCode.FILE_CORRUPTED_1) {
            return "the database file is damaged: restore the latest backup";
        } else if (sql != null && SiteFailures.why(sql) != null) { // a site's PostgreSQL server
            return SiteFailures.why(sql);
        }
        return "the database reported a problem (details are in the log)";
    }

    /**
     * Whether the database has shut itself down under the app: H2 closes a database whose file
     * it could no longer write (a full disk, a failing drive), and every later use of it then
     * fails with "database is already closed" or "the database has been closed".
     */
    public static boolean stopped(Throwable failure) {
        return anyCause(failure, c -> c instanceof SQLException s
                && (s.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED));
    }

    /**
     * Whether {@code failure} came from a site's database server that could not be reached or
     * did not answer in time (the network, the server stopped or restarting). Such a failure
     * passes: the same work tried again later can succeed, unlike a full disk or a refusal.
     */
    public static boolean serverUnreachable(Throwable failure) {
        return anyCause(failure, c -> c instanceof SQLException s
                && (SiteFailures.connectionLost(s) || SiteFailures.timedOut(s)));
    }

    /** Whether {@code failure} came from the database (a JDBC or JDBI failure anywhere in its chain). */
    public static boolean fromDatabase(Throwable failure) {
        return anyCause(failure, c -> c instanceof SQLException || c instanceof JdbiException);
    }

    /** Whether {@code failure} or any of its causes is one {@code test} picks out. */
    private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static String where(Path folder) {
        return folder == null ? "" : " where " + folder + " is";
    }

    /** Whether anything in the chain says the disk is full (H2 puts it in a cause of its "Writing to ... failed"). */
    private static boolean diskFull(String text, Throwable failure) {
        return anyCause(failure, c -> {
            String m = text + c.getMessage();
            return m.contains("No space left on device") || m.contains("not enough space on the disk")
                    || m.contains("disk full");
        });
    }

    /**
     * "the disk is full where /srv/counterdesk is": the folder of the file that failed, or the
     * database's folder when the database's own file could not be written.
     */
    private static String fullDisk(Throwable failure) {
        Path where = null;
        for (Throwable c = failure; c != null && where == null; c = c.getCause()) {
            if (c instanceof FileSystemException f && f.getFile() != null) {
                Path file = Path.of(f.getFile()).toAbsolutePath();
                where = file.getParent() == null ? file : file.getParent();
            } else if (c instanceof MVStoreException) {
                where = databaseFolder;
            }
        }
        return "the disk is full" + where(where) + ": free some space on it, "
                + "then try again";
    }

    /** Remembers where the database is, so a full disk can be named; called as a database opens. */
    static void databaseIn(Path folder) {
        databaseFolder = folder.toAbsolutePath();
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
