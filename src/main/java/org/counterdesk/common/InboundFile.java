package org.counterdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A JSON file from outside read whole, fingerprinted (SHA-256 of its bytes) and checked against
 * its published schema: the one reading step every outside file passes before any rule of its
 * own looks at it and before anything is written. In order: the size limit, strict JSON (a key
 * twice is refused), the schema, numbers out of range, text with control characters or
 * direction overrides; every problem is named by record and field ({@link RecordLabels}) and
 * refused together as one {@link ImportRefused}.
 */
public record InboundFile(String name, byte[] bytes, String sha256, JsonNode root) {

    private static final int MAX_NAME = 200;

    /**
     * A kind of outside file: its published schema ({@code exchange/schema/NAME.schema.json}),
     * how its records are named, how large it may be, and what it is ("a master-data file") for
     * the message when a file is far too large to be one.
     */
    public record Kind(String schema, RecordLabels labels, long maxBytes, String what) {

        /** A master-data file (fees, staff, drawers): at most 20 MB, far more than any council needs. */
        public static Kind masterData(String schema, RecordLabels labels) {
            return new Kind(schema, labels, 20L * 1024 * 1024, "a master-data file");
        }
    }

    /** Reads {@code file} and checks it as {@code kind}; refused with every problem found. */
    public static InboundFile read(Path file, Kind kind) {
        String name = nameOf(file);
        return of(name, bytes(file, name, kind), kind);
    }

    /** Checks {@code bytes} already read (a file shipped with Counterdesk, or read without following links). */
    public static InboundFile of(String name, byte[] bytes, Kind kind) {
        if (bytes.length > kind.maxBytes()) {
            throw tooLarge(name, kind);
        }
        JsonNode root = parse(bytes, name);
        Problems problems = new Problems();
        JsonSchemas.check(kind.schema(), root).forEach(p -> kind.labels().add(problems, root, p));
        StrictJson.numbersOutOfRange(root).forEach(p -> kind.labels().add(problems, root, p));
        StrictJson.unsafeText(root).forEach(p -> kind.labels().add(problems, root, p));
        problems.refuseIfAny(name);
        return new InboundFile(name, bytes, sha256(bytes), root);
    }

    /** The name a file is known by in messages and the import history: its own name, cut to 200 characters. */
    public static String nameOf(Path file) {
        Path n = file.getFileName();
        String name = n == null ? file.toString() : n.toString();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static byte[] bytes(Path file, String name, Kind kind) {
        try {
            if (Files.size(file) > kind.maxBytes()) {
                throw tooLarge(name, kind);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw refused(name, "There is no file " + file + ".");
        } catch (IOException e) {
            throw refused(name, "The file could not be read: " + e.getMessage());
        }
    }

    private static JsonNode parse(byte[] bytes, String name) {
        try {
            JsonNode root = StrictJson.read(bytes);
            if (root == null || root.isMissingNode()) {
                throw refused(name, "The file is empty.");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw refused(name, "The file is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw refused(name, "The file could not be read: " + e.getMessage());
        }
    }

    /** The SHA-256 of {@code bytes} in lower-case hex: the fingerprint the import history keeps. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ImportRefused tooLarge(String name, Kind kind) {
        return refused(name, "The file is larger than " + kind.maxBytes() / (1024 * 1024) + " MB: it is not "
                + kind.what() + ".");
    }

    private static ImportRefused refused(String name, String problem) {
        return new ImportRefused(name, List.of(problem));
    }
}
