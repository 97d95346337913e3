package org.counterdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How to reach a site's PostgreSQL server: its JDBC address, the user, the file holding the
 * password, and the timeouts that keep a counter from freezing on a dead server. Checked as it
 * is read, so a mistake is named (with the place it was set) before any connection is tried.
 */
public record SiteSettings(String url, String user, Path passwordFile, Duration connectTimeout,
        Duration statementTimeout, String urlSource) {

    private static final String PREFIX = "jdbc:postgresql://";

    /** Checks the three settings; the timeouts are the defaults. */
    static SiteSettings of(DatabaseConfig.Value url, Optional<DatabaseConfig.Value> user,
            Optional<DatabaseConfig.Value> passwordFile) {
        checkUrl(url);
        DatabaseConfig.Value u = user.orElseThrow(() -> missing(DatabaseConfig.USER, "the database user", url));
        DatabaseConfig.Value p = passwordFile.orElseThrow(() -> missing(DatabaseConfig.PASSWORD_FILE,
                "the file that holds the database password", url));
        return new SiteSettings(url.text(), u.text(), Path.of(p.text()), DatabaseConfig.CONNECT_TIMEOUT,
                DatabaseConfig.STATEMENT_TIMEOUT, url.source());
    }

    /** The same server with other timeouts (tests use short ones). */
    public SiteSettings withTimeouts(Duration connect, Duration statement) {
        return new SiteSettings(url, user, passwordFile, connect, statement, urlSource);
    }

    /** "db.example:5432/counterdesk": the address without the scheme and options, for messages. */
    public String where() {
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        return q < 0 ? rest : rest.substring(0, q);
    }

    /**
     * The password, read from its file each time a connection is made (so a changed password
     * needs no restart). Refused when others may read the file: a password anyone on the PC can
     * read protects nothing. The group may read it (the installer gives it to the group
     * {@code counterdesk}, whose members run the app).
     */
    String password() {
        Path file = passwordFile;
        if (!Files.isRegularFile(file)) {
            throw new StorageException("The database password file " + file + " does not exist (or is not a file): "
                    + "put the password alone in it, readable by this user only.", null);
        }
        try {
            if (PrivateFiles.posix(file)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.OTHERS_READ) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                    throw new StorageException("The database password file " + file + " can be read by anyone on this "
                            + "PC, so it is not used: make it private (chmod 600 " + file + ", or 640 with the group "
                            + "counterdesk) and start again.", null);
                }
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String password = text.replaceAll("[\\r\\n]+$", "");
            if (password.isEmpty()) {
                throw new StorageException("The database password file " + file + " is empty: put the password in it.",
                        null);
            }
            return password;
        } catch (IOException e) {
            throw new StorageException("Could not read the database password file " + file + " (" + e.getMessage()
                    + "): check that this user may read it.", e);
        }
    }

    private static void checkUrl(DatabaseConfig.Value url) {
        String text = url.text();
        String example = " It should look like jdbc:postgresql://db-server:5432/counterdesk (set in " + url.source()
                + ").";
        if (!text.startsWith(PREFIX)) {
            throw new StorageException("The database address '" + text + "' is not a PostgreSQL address." + example,
                    null);
        }
        String rest = text.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String database = slash < 0 ? "" : rest.substring(slash + 1).replaceFirst("\\?.*$", "");
        if (slash <= 0 || database.isEmpty()) {
            throw new StorageException("The database address '" + text + "' names no " + (slash <= 0 ? "server"
                    : "database") + "." + example, null);
        }
        if (rest.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
            throw new StorageException("The database address carries a password: take it out, and put the password "
                    + "alone in the password file instead (set in " + url.source() + ").", null);
        }
        try {
            DriverManager.getDriver(text);
        } catch (SQLException e) {
            throw new StorageException("The database address '" + text + "' is not one the PostgreSQL driver accepts "
                    + "(check the server name, the port and the options)." + example, e);
        }
    }

    private static StorageException missing(DatabaseConfig.Key key, String what, DatabaseConfig.Value url) {
        return new StorageException("The site database is set (in " + url.source() + ") but " + what + " is not: set "
                + key.env() + " (or " + key.property() + " in " + DatabaseConfig.FILE_NAME + ").", null);
    }
}
