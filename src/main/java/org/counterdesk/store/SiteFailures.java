package org.counterdesk.store;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Puts a site server's failures in plain words, by their SQLSTATE (PostgreSQL reports no error
 * numbers of H2's kind): the server not reached, a statement that took too long, a wrong
 * password, a database that is not there.
 */
final class SiteFailures {

    private SiteFailures() {
    }

    /** Whether the connection itself is gone (class 08, or the server shutting down). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** Whether the server stopped a statement that took longer than the statement timeout. */
    static boolean timedOut(SQLException e) {
        return "57014".equals(e.getSQLState());
    }

    /** Why a statement failed on a site server, for {@link StorageException}; null when it is not one of these. */
    static String why(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        } else if (connectionLost(e)) {
            return "the site's database server cannot be reached (the network or the server is down)";
        } else if (timedOut(e)) {
            return "the database took too long to answer, so the request was stopped";
        } else if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)) {
            return "the database is busy";
        } else if ("53100".equals(state)) {
            return "the disk of the site's database server is full: tell your IT officer";
        }
        return null;
    }

    /** A failure to connect at all, worded for the IT officer who set the PC up. */
    static StorageException onConnecting(SQLException e, SiteSettings s) {
        String state = String.valueOf(e.getSQLState());
        String where = s.where();
        String message;
        if (state.equals("28P01")) {
            message = "The site's database server at " + where + " refused the password of user '" + s.user()
                    + "': check the password in " + s.passwordFile() + ".";
        } else if (state.startsWith("28")) {
            message = "The site's database server at " + where + " does not let user '" + s.user() + "' in from this "
                    + "PC: the server's administrator must allow it (pg_hba.conf).";
        } else if (state.equals("3D000")) {
            message = "The site's database server has no database " + where + ": check the database name in "
                    + s.urlSource() + ".";
        } else if (cause(e, UnknownHostException.class)) {
            message = "The site's database server in " + where + " is not a name this PC can find on the network: "
                    + "check the address in " + s.urlSource() + ".";
        } else if (cause(e, SocketTimeoutException.class) || String.valueOf(e.getMessage()).contains("timed out")) {
            long wait = s.connectTimeout().toSeconds();
            message = "The site's database server at " + where + " did not answer within " + wait
                    + (wait == 1 ? " second" : " seconds") + ": check that it is running and that this PC can reach "
                    + "it (network, firewall).";
        } else if (cause(e, ConnectException.class) || state.startsWith("08")) {
            message = "Could not reach the site's database server at " + where + ": nothing answered there. Check "
                    + "that the server is running and the address in " + s.urlSource() + ".";
        } else {
            return StorageException.of(e, "open the site database at " + where);
        }
        return new StorageException(message, e);
    }

    private static boolean cause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
