package org.counterdesk.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One journal entry as stored.
 *
 * <p>The chain, fixed for ever once data exists:
 * <pre>
 *   canonical = "CDJ1" LF seq LF recordedAt LF event LF actor LF terminal LF subjectType LF subjectId LF details
 *   hash      = lowercase hex of SHA-256( ASCII(prevHash) ‖ UTF-8(canonical) )
 * </pre>
 * {@code seq} is decimal without leading zeros; {@code recordedAt} is UTC written
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}; {@code details} is the stored JSON text exactly as
 * written (compact, keys sorted); no field contains a line feed. The first entry's
 * {@code prevHash} is {@link #GENESIS}, sixty-four zeros.
 */
public record JournalEntry(long seq, Instant recordedAt, String event, String actor, String terminal,
                           String subjectType, String subjectId, String details, String prevHash, String hash) {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The bytes the hash covers, besides the previous hash. */
    public static String canonical(long seq, Instant recordedAt, String event, String actor, String terminal,
                                   String subjectType, String subjectId, String details) {
        String[] fields = {"CDJ1", Long.toString(seq), TIME.format(recordedAt), event, actor, terminal,
            subjectType, subjectId, details};
        for (String f : fields) {
            if (f.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("journal fields cannot contain a line feed");
            }
        }
        return String.join("\n", fields);
    }

    public static String chain(String prevHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash this entry should carry, worked out again from its fields. */
    public String expectedHash() {
        return chain(prevHash, canonical(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details));
    }
}
