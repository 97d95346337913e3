package org.counterdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import org.h2.api.ErrorCode;
import org.slf4j.LoggerFactory;

/**
 * The database's password: random per install, kept in {@code .dbkey} beside the database file,
 * readable by its owner only. H2 checks it on every connection, including those through the
 * automatic server's loopback port, so another account on the PC can neither open the file
 * nor connect while the app runs. The app and the command line run as the same person and
 * read the same file.
 */
public final class DatabaseKey {

    /** The key file's name, in the database folder ({@code db/}). */
    public static final String FILE_NAME = ".dbkey";
    private static final int BYTES = 32;

    private DatabaseKey() {
    }

    /** The key of the database in {@code folder}, made (and written privately) if there is none yet. */
    static String readOrCreate(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[BYTES];
                new SecureRandom().nextBytes(random);
                String key = HexFormat.of().formatHex(random);
                AtomicFiles.write(file, out -> out.write(key.getBytes(StandardCharsets.US_ASCII)));
            }
            PrivateFiles.makePrivate(file);
            return read(file);
        } catch (IOException e) {
            throw StorageException.of(e, "read the database's key file " + file);
        }
    }

    /** Opens a connection, one way or another, with the key as its password. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * Opens a connection with the key. A database made before databases had a password lets
     * anyone in with an empty one: it is given the key as its password first (the key is random
     * hex, bound as a parameter all the same), then opened again.
     */
    static Connection withKey(Opener opener, String url, String user, String key) throws SQLException {
        try {
            return opener.open();
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
            adopt(url, user, key);
            return opener.open();
        }
    }

    private static void adopt(String url, String user, String key) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "");
             PreparedStatement s = c.prepareStatement("ALTER USER " + user + " SET PASSWORD ?")) {
            s.setString(1, key);
            s.execute();
            LoggerFactory.getLogger(DatabaseKey.class).info("The database now has a password of its own, kept in {}",
                    FILE_NAME);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new StorageException("Could not open the database: it does not accept the password in its key "
                        + "file " + FILE_NAME + " (was the key file replaced, or the database copied from another PC "
                        + "without it?).", e);
            }
            throw e;
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!key.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new StorageException("The database's key file " + file + " is damaged: it should hold "
                    + 2 * BYTES + " hexadecimal digits.", null);
        }
        return key;
    }
}
