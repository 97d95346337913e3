package org.counterdesk.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import javax.sql.StatementEventListener;

/**
 * Connections to a site's PostgreSQL server, for the same small pool the embedded database uses
 * (H2's {@code JdbcConnectionPool} takes any {@link ConnectionPoolDataSource}). Through the plain
 * JDBC driver, so the program depends on no driver class. Every connection waits at most the
 * connect timeout to be made, every statement at most the statement timeout (set in the
 * session, so the server itself cancels it), and the socket gives up a little after that, so a
 * counter never freezes on a dead server. A pooled connection that broke (the server went
 * away) is made again the next time it is handed out.
 */
final class SiteConnections implements ConnectionPoolDataSource {

    /** Idle longer than this, a pooled connection is checked before it is handed out again. */
    private static final long CHECK_AFTER_IDLE_NANOS = 30_000_000_000L;

    private final SiteSettings settings;
    /**
     * How many times a connection was found lost. After a server restart every connection made
     * before it is dead, but each would fail once more on its next use; a pooled connection made
     * before the latest loss is made again instead when it is next handed out.
     */
    private final AtomicLong losses = new AtomicLong();

    SiteConnections(SiteSettings settings) {
        this.settings = settings;
    }

    /** A new physical connection, with the password read from its file now. */
    Connection open() throws SQLException {
        return DriverManager.getConnection(settings.url(), properties());
    }

    private Properties properties() {
        long connect = Math.max(1, settings.connectTimeout().toSeconds());
        long statementMillis = Math.max(1, settings.statementTimeout().toMillis());
        Properties p = new Properties();
        p.setProperty("user", settings.user());
        p.setProperty("password", settings.password());
        p.setProperty("connectTimeout", Long.toString(connect));
        p.setProperty("loginTimeout", Long.toString(connect));
        // The server cancels a statement first; the socket's limit only catches a server that went silent.
        p.setProperty("socketTimeout", Long.toString(connect + Math.max(1, settings.statementTimeout().toSeconds())));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "Counterdesk");
        // A commit returns only once it is on the server's disk, whatever the server's default;
        // a transaction left open by a counter that froze lets go of its row locks.
        p.setProperty("options", "-c statement_timeout=" + statementMillis + " -c synchronous_commit=on"
                + " -c idle_in_transaction_session_timeout=" + Math.max(60_000, 2 * statementMillis));
        return p;
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        return new Pooled(open());
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the site's user and password come from its settings");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The log goes through SLF4J.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Set from the site's settings instead.
    }

    @Override
    public int getLoginTimeout() {
        return (int) settings.connectTimeout().toSeconds();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    /** One physical connection, lent out as a handle whose close() gives it back to the pool. */
    private final class Pooled implements PooledConnection {
        private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
        private Connection physical;
        private long madeAfterLosses = losses.get();
        private volatile boolean broken;
        private long returnedAt = System.nanoTime();

        Pooled(Connection physical) {
            this.physical = physical;
        }

        @Override
        public synchronized Connection getConnection() throws SQLException {
            if (broken || madeAfterLosses != losses.get() || physical.isClosed()
                    || idleTooLong() && !physical.isValid(checkSeconds())) {
                closeQuietly();
                madeAfterLosses = losses.get();
                physical = open();
                broken = false;
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Lent(physical));
        }

        private boolean idleTooLong() {
            return System.nanoTime() - returnedAt > CHECK_AFTER_IDLE_NANOS;
        }

        private int checkSeconds() {
            return (int) Math.max(1, settings.connectTimeout().toSeconds());
        }

        void returned(Connection handle) {
            returnedAt = System.nanoTime();
            ConnectionEvent event = new ConnectionEvent(this);
            for (ConnectionEventListener l : listeners) {
                l.connectionClosed(event);
            }
        }

        @Override
        public synchronized void close() throws SQLException {
            physical.close();
        }

        private void closeQuietly() {
            try {
                physical.close();
            } catch (SQLException e) {
                // already gone with the server
            }
        }

        @Override
        public void addConnectionEventListener(ConnectionEventListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeConnectionEventListener(ConnectionEventListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void addStatementEventListener(StatementEventListener listener) {
            // no statement pooling
        }

        @Override
        public void removeStatementEventListener(StatementEventListener listener) {
            // no statement pooling
        }

        /** The handle lent out: close() returns the connection (rolled back and in auto-commit) to the pool. */
        private final class Lent implements InvocationHandler {
            private final Connection target;
            private boolean closed;

            Lent(Connection target) {
                this.target = target;
            }

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        giveBack((Connection) proxy);
                        return null;
                    case "isClosed":
                        return closed || target.isClosed();
                    default:
                        if (closed) {
                            throw new SQLException("This connection has been given back to the pool.", "08003");
                        }
                        return call(method, args);
                }
            }

            private Object call(Method method, Object[] args) throws Throwable {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException s && SiteFailures.connectionLost(s)) {
                        broken = true;
                        losses.incrementAndGet();
                    }
                    throw cause;
                }
            }

            private void giveBack(Connection handle) {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    if (!target.isClosed() && !target.getAutoCommit()) {
                        target.rollback();
                        target.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    broken = true;
                }
                returned(handle);
            }
        }
    }
}
