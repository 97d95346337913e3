package org.counterdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

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

    /** The key of the database in {@code folder}, for tools that connect themselves; fails if there is none. */
    static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!key.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new StorageException("The database's key file " + file + " is damaged: it should hold "
                    + 2 * BYTES + " hexadecimal digits.", null);
        }
        return key;
    }
}
