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
 * <p>The chain, fixed for ever once data exists. An entry that seals no record:
 * <pre>
 *   canonical = "CDJ1" LF seq LF recordedAt LF event LF actor LF terminal LF subjectType LF subjectId LF details
 * </pre>
 * An entry that seals a record (its {@code seal} is set):
 * <pre>
 *   canonical = "CDJ2" LF seq LF recordedAt LF event LF actor LF terminal LF subjectType LF subjectId LF details
 *               LF recordKind LF recordKey LF seal
 *   hash      = lowercase hex of SHA-256( ASCII(prevHash) ‖ UTF-8(canonical) )
 * </pre>
 * {@code seq} and {@code recordKey} are decimal without leading zeros; {@code recordedAt} is
 * UTC written {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}; {@code details} is the stored JSON text
 * exactly as written (compact, keys sorted); {@code recordKind} names the record's
 * {@code SealSpec}; {@code seal} is the lowercase hex SHA-256 of the record's canonical bytes
 * ({@code org.counterdesk.seal.Canonical}); no field contains a line feed. The first entry's
 * {@code prevHash} is {@link #GENESIS}, sixty-four zeros.
 *
 * <p>From schema version 10 each terminal keeps a chain of its own and an entry carries
 * {@code chainSeq}, its place (1, 2, 3 ...) in the chain of {@code terminal}. Such an entry is
 * hashed as above with "CDJ3" (sealing no record) or "CDJ4" (sealing one) in place of "CDJ1" and
 * "CDJ2", and its place in the chain in place of {@code seq} (which is then only a storage key,
 * not hashed, and may skip values). {@code prevHash} is the hash of the entry before it in the
 * same terminal's chain; the first entry of every terminal's chain links to the last entry
 * written before version 10 (the newest entry without a chain place), or to {@link #GENESIS}
 * when there is none.
 */
public record JournalEntry(long seq, Instant recordedAt, String event, String actor, String terminal,
                           String subjectType, String subjectId, String details, String prevHash, String hash,
                           String recordKind, Long recordKey, String seal, Long chainSeq) {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** An entry of the chain kept before schema version 10 (no chain place). */
    public JournalEntry(long seq, Instant recordedAt, String event, String actor, String terminal, String subjectType,
                        String subjectId, String details, String prevHash, String hash, String recordKind,
                        Long recordKey, String seal) {
        this(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details, prevHash, hash, recordKind,
                recordKey, seal, null);
    }

    /** An entry that seals no record (canonical version CDJ1). */
    public JournalEntry(long seq, Instant recordedAt, String event, String actor, String terminal, String subjectType,
                        String subjectId, String details, String prevHash, String hash) {
        this(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details, prevHash, hash, null, null, null);
    }

    /** The bytes the hash covers, besides the previous hash, for an entry that seals no record. */
    public static String canonical(long seq, Instant recordedAt, String event, String actor, String terminal,
                                   String subjectType, String subjectId, String details) {
        return join("CDJ1", Long.toString(seq), TIME.format(recordedAt), event, actor, terminal, subjectType, subjectId,
                details);
    }

    /** The bytes the hash covers, besides the previous hash, for an entry that seals a record. */
    public static String canonicalSealing(long seq, Instant recordedAt, String event, String actor, String terminal,
                                          String subjectType, String subjectId, String details, String recordKind,
                                          long recordKey, String seal) {
        return join("CDJ2", Long.toString(seq), TIME.format(recordedAt), event, actor, terminal, subjectType, subjectId,
                details, recordKind, Long.toString(recordKey), seal);
    }

    private static String join(String... fields) {
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

    /** Whether this entry seals a record. */
    public boolean seals() {
        return seal != null;
    }

    /** The canonical text of this entry, in the version its fields call for. */
    public String canonicalText() {
        boolean plain = seal == null && recordKind == null && recordKey == null;
        if (chainSeq != null) {
            String place = Long.toString(chainSeq);
            return plain
                    ? join("CDJ3", place, TIME.format(recordedAt), event, actor, terminal, subjectType, subjectId, details)
                    : join("CDJ4", place, TIME.format(recordedAt), event, actor, terminal, subjectType, subjectId,
                            details, String.valueOf(recordKind), recordKey == null ? "-1" : Long.toString(recordKey),
                            String.valueOf(seal));
        }
        if (plain) {
            return canonical(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details);
        }
        return canonicalSealing(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details,
                String.valueOf(recordKind), recordKey == null ? -1 : recordKey, String.valueOf(seal));
    }

    /** Whether this entry belongs to a terminal's own chain (schema version 10 on). */
    public boolean inTerminalChain() {
        return chainSeq != null;
    }

    /** This entry carrying {@code newHash}. */
    public JournalEntry withHash(String newHash) {
        return new JournalEntry(seq, recordedAt, event, actor, terminal, subjectType, subjectId, details, prevHash,
                newHash, recordKind, recordKey, seal, chainSeq);
    }

    /** Where this entry is, for a person: "entry 12" before version 10, "CD02's entry 7" in a terminal's chain. */
    public String place() {
        return chainSeq == null ? "entry " + seq : terminal + "'s entry " + chainSeq;
    }

    /** The hash this entry should carry, worked out again from its fields. */
    public String expectedHash() {
        return chain(prevHash, canonicalText());
    }
}
