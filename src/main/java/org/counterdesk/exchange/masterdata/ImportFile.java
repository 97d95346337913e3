package org.counterdesk.exchange.masterdata;

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
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.common.StrictJson;

/**
 * A master-data file read whole, fingerprinted (SHA-256 of its bytes) and checked against its
 * published schema. Anything unreadable, malformed (a key twice included) or off-schema, any
 * number out of range and any text with control characters or direction overrides is refused
 * here, before any business rule looks at it.
 */
record ImportFile(String name, byte[] bytes, String sha256, JsonNode root) {

    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_NAME = 200;

    /** Reads {@code file} and checks it against schema {@code schema}; refused with every problem found. */
    static ImportFile read(Path file, String schema, RecordLabels labels) {
        String name = nameOf(file);
        byte[] bytes = bytes(file, name);
        JsonNode root = parse(bytes, name);
        Problems problems = new Problems();
        JsonSchemas.check(schema, root).forEach(p -> labels.add(problems, root, p));
        StrictJson.numbersOutOfRange(root).forEach(p -> labels.add(problems, root, p));
        StrictJson.unsafeText(root).forEach(p -> labels.add(problems, root, p));
        problems.refuseIfAny(name);
        return new ImportFile(name, bytes, sha256(bytes), root);
    }

    private static String nameOf(Path file) {
        Path n = file.getFileName();
        String name = n == null ? file.toString() : n.toString();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refused(name, "The file is larger than 20 MB: it is not a master-data file.");
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ImportRefused refused(String name, String problem) {
        return new ImportRefused(name, List.of(problem));
    }
}
