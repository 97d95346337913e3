package org.counterdesk.testing;

import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;

/**
 * Makes the next transaction fail after it has committed, as a connection lost or a process
 * stopped between the commit and its answer would: the work is saved, the caller sees a failure.
 */
public final class FailingCommit extends DelegatingTransactionHandler {

    public static volatile boolean armed;

    private FailingCommit(TransactionHandler delegate) {
        super(delegate);
    }

    /** Installs the hook on {@code jdbi}; it does nothing until {@link #armed} is set, and disarms once it fires. */
    public static void install(Jdbi jdbi) {
        jdbi.setTransactionHandler(new FailingCommit(jdbi.getTransactionHandler()));
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new FailingCommit(getDelegate().specialize(handle));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        R result = super.inTransaction(handle, callback);
        if (armed) {
            armed = false;
            throw new ConnectionException(new SQLException("injected: the connection was lost after the commit", "08006"));
        }
        return result;
    }
}
