package org.counterdesk.backup;

import java.nio.file.Path;

/** A backup written: where, its size and SHA-256 (of the whole zip), and its manifest. */
public record BackupResult(Path file, long bytes, String sha256, BackupManifest manifest) {
}
