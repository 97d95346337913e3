package org.counterdesk.store;

import org.counterdesk.common.UserFacing;

/**
 * The database could not do what was asked (disk full, file locked, connection lost). The
 * message is written for the person at the counter; the cause is kept for the log.
 */
public class StorageException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
