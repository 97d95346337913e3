package org.counterdesk.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.counterdesk.common.Refused;

/**
 * Checks a backup file in full before anything is restored from it: a zip whose first entry is
 * the script and which has a manifest of a known format, with the script's SHA-256 and size
 * matching the manifest.
 */
final class BackupFile {

    private BackupFile() {
    }

    static BackupManifest check(Path zip) {
        Refused.unless(Files.isRegularFile(zip), "There is no backup file " + zip + ".");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            Refused.unless(entries.hasMoreElements() && entries.nextElement().getName().equals(Backups.SCRIPT_ENTRY),
                    notABackup(zip, "its first entry is not " + Backups.SCRIPT_ENTRY));
            ZipEntry manifestEntry = file.getEntry(Backups.MANIFEST_ENTRY);
            Refused.unless(manifestEntry != null, notABackup(zip, "it has no " + Backups.MANIFEST_ENTRY));
            BackupManifest manifest;
            try (InputStream in = file.getInputStream(manifestEntry)) {
                manifest = ManifestJson.read(in.readAllBytes());
            } catch (IOException e) {
                throw new Refused(notABackup(zip, Backups.MANIFEST_ENTRY + " cannot be read: " + e.getMessage()
                        .lines().findFirst().orElse("")));
            }
            Refused.unless(BackupManifest.FORMAT.equals(manifest.format()),
                    notABackup(zip, "its format is " + manifest.format() + ", not " + BackupManifest.FORMAT));
            ZipEntry script = file.getEntry(Backups.SCRIPT_ENTRY);
            String sha;
            try (InputStream in = file.getInputStream(script)) {
                sha = Sha256.of(in);
            }
            Refused.unless(sha.equals(manifest.scriptSha256()) && script.getSize() == manifest.scriptBytes(),
                    "The backup " + zip + " is damaged: its database script does not match the SHA-256 in its manifest.");
            return manifest;
        } catch (ZipException e) {
            throw new Refused(notABackup(zip, "it is not a zip file"));
        } catch (IOException e) {
            throw new Refused("Could not read the backup " + zip + ": " + e.getMessage());
        }
    }

    private static String notABackup(Path zip, String why) {
        return zip + " is not a Counterdesk backup: " + why + ".";
    }
}
