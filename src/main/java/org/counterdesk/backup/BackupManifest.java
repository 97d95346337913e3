package org.counterdesk.backup;

import java.time.Instant;

/**
 * What a backup file says about itself ({@code backup.json} inside the zip): the format, when
 * it was made, the journal it holds (entries and chain head, to compare with printed day
 * reports), and the SHA-256 and size of its SQL script, checked before anything is restored.
 */
public record BackupManifest(String format, Instant createdAt, long journalEntries, String journalHead,
                             String scriptSha256, long scriptBytes, long statements) {

    public static final String FORMAT = "counterdesk-backup/1";
}
