package org.counterdesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.counterdesk.store.StorageException;

/** A SHA-256 being worked out, and the hash of a whole file. */
final class Sha256 {

    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    MessageDigest digest() {
        return digest;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Lowercase hex SHA-256 of everything read from {@code in}. */
    static String of(InputStream in) throws IOException {
        Sha256 sha = new Sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.digest.update(buffer, 0, n);
        }
        return sha.hex();
    }

    static String of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ".", e);
        }
    }
}
