package org.counterdesk.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Refused;

/**
 * A backup file opened for restoring, checked in full before a row is read: a zip holding
 * exactly the entries its manifest names ({@code backup.json} and one {@code NAME.jsonl} per
 * table), each once, none larger than declared, each matching its SHA-256. Entries are only
 * ever looked up by the names expected and read as streams: nothing in the zip is written to
 * disk by its name.
 */
final class BackupFile implements AutoCloseable {

    private static final long MAX_MANIFEST_BYTES = 1024 * 1024;

    private final Path path;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupFile(Path path, ZipFile zip, BackupManifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    static BackupFile open(Path path) {
        Refused.unless(Files.isRegularFile(path), "There is no backup file " + path + ".");
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new Refused(notABackup(path, "it is not a zip file"));
        } catch (IOException e) {
            throw new Refused("Could not read the backup " + path + ": " + e.getMessage());
        }
        try {
            BackupFile file = new BackupFile(path, zip, readManifest(path, zip));
            file.checkEntries();
            return file;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    Path path() {
        return path;
    }

    /** The rows of {@code table}, never more bytes than its manifest declares. */
    InputStream open(BackupManifest.TableEntry table) throws IOException {
        return new Bounded(zip.getInputStream(zip.getEntry(table.entry())), table.bytes(), this, table.entry());
    }

    /** The reason a restore gives up on this file, as one line. */
    Refused refused(String why) {
        return new Refused("The backup " + path + " was not restored: " + why + ".");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static BackupManifest readManifest(Path path, ZipFile zip) {
        if (zip.getEntry(Backups.OLD_SCRIPT_ENTRY) != null) {
            throw new Refused("The backup " + path + " is in the old format (an SQL script), which restore no longer "
                    + "runs: restore it with the Counterdesk version that made it, then make a new backup.");
        }
        ZipEntry entry = zip.getEntry(Backups.MANIFEST_ENTRY);
        Refused.unless(entry != null, notABackup(path, "it has no " + Backups.MANIFEST_ENTRY));
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            Refused.unless(bytes.length <= MAX_MANIFEST_BYTES, notABackup(path, Backups.MANIFEST_ENTRY + " is too large"));
            manifest = ManifestJson.read(InboundFile.of(Backups.MANIFEST_ENTRY, bytes, ManifestJson.FILE));
        } catch (ImportRefused e) {
            String problems = String.join(" ", e.problems());
            throw new Refused(notABackup(path, Backups.MANIFEST_ENTRY + " cannot be read: "
                    + problems.substring(0, problems.length() - 1)));
        } catch (IOException e) {
            throw new Refused(notABackup(path, Backups.MANIFEST_ENTRY + " cannot be read: " + e.getMessage()
                    .lines().findFirst().orElse("")));
        }
        Refused.unless(BackupManifest.FORMAT.equals(manifest.format()),
                notABackup(path, "its format is " + manifest.format() + ", not " + BackupManifest.FORMAT));
        return manifest;
    }

    /** Exactly the entries the manifest names, each once, each whole and matching its SHA-256. */
    private void checkEntries() {
        Map<String, BackupManifest.TableEntry> expected = new HashMap<>();
        for (BackupManifest.TableEntry t : manifest.tables()) {
            if (!t.entry().equals(t.name() + ".jsonl") || expected.put(t.entry(), t) != null) {
                throw refused("its manifest names table " + t.name() + " twice or with a wrong entry");
            }
        }
        Set<String> seen = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.equals(Backups.MANIFEST_ENTRY) && !expected.containsKey(name)) {
                throw refused("it holds an unexpected entry " + printable(name));
            }
            if (!seen.add(name)) {
                throw refused("it holds the entry " + printable(name) + " twice");
            }
        }
        for (BackupManifest.TableEntry t : manifest.tables()) {
            Refused.unless(seen.contains(t.entry()), refused("it has no entry " + t.entry()).getMessage());
            checkHash(t);
        }
    }

    private void checkHash(BackupManifest.TableEntry t) {
        try (InputStream in = open(t)) {
            Counted counted = new Counted(in);
            String sha = Sha256.of(counted);
            if (counted.count != t.bytes() || !sha.equals(t.sha256())) {
                throw refused("its entry " + t.entry() + " does not match the size and SHA-256 in its manifest");
            }
        } catch (IOException e) {
            throw refused("its entry " + t.entry() + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** An entry name shown safely on one line. */
    private static String printable(String name) {
        String shown = name.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? "?" : Character.toString(c))
                .reduce("", String::concat);
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }

    private static String notABackup(Path path, String why) {
        return path + " is not a Counterdesk backup: " + why + ".";
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from: nothing to lose
        }
    }

    /** Counts what is read. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    /** Refuses to read past the size an entry declares, so a small zip cannot unpack into a huge one. */
    private static final class Bounded extends FilterInputStream {
        private final BackupFile file;
        private final String entry;
        private long left;

        Bounded(InputStream in, long limit, BackupFile file, String entry) {
            super(in);
            this.left = limit;
            this.file = file;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                if (super.read() >= 0) {
                    throw file.refused("its entry " + entry + " is larger than its manifest declares");
                }
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
