package org.counterdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A backup zip taken apart to be crafted as an attacker would: entries changed, added or
 * renamed, and the manifest's sizes, hashes and row counts recomputed so that only the
 * restore's own checks stand between the file and the database.
 */
public final class BackupZip {

    public static final String MANIFEST = "backup.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> entries;

    private BackupZip(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    public static BackupZip read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                entries.put(e.getName(), file.getInputStream(e).readAllBytes());
            }
        }
        return new BackupZip(entries);
    }

    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public String text(String entry) {
        return new String(entries.get(entry), StandardCharsets.UTF_8);
    }

    /** Puts an entry as it is, the manifest untouched. */
    public BackupZip put(String entry, String text) {
        entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ObjectNode manifest() throws IOException {
        return (ObjectNode) JSON.readTree(entries.get(MANIFEST));
    }

    public BackupZip manifest(ObjectNode manifest) throws IOException {
        entries.put(MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        return this;
    }

    /** The rows of {@code table}'s entry: the header line first, then one array per row. */
    public List<JsonNode> lines(String table) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text(table + ".jsonl").split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    /** Takes {@code table} out of the zip and its manifest, as a backup from before the table existed. */
    public BackupZip remove(String table) throws IOException {
        entries.remove(table + ".jsonl");
        ObjectNode manifest = manifest();
        var tables = manifest.withArray("tables");
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).get("name").asText().equals(table)) {
                tables.remove(i);
            }
        }
        return manifest(manifest);
    }

    /** Takes {@code column} out of every line of {@code table}, then recomputes the manifest. */
    public BackupZip removeColumn(String table, String column) throws IOException {
        List<JsonNode> lines = lines(table);
        int index = 0;
        for (JsonNode c : lines.get(0).get("columns")) {
            if (c.asText().equals(column)) {
                break;
            }
            index++;
        }
        ((ArrayNode) lines.get(0).get("columns")).remove(index);
        for (JsonNode row : lines.subList(1, lines.size())) {
            ((ArrayNode) row).remove(index);
        }
        return table(table, lines);
    }

    /** Sets {@code column} of row {@code row} (0 = first row) of {@code table}, then recomputes the manifest. */
    public BackupZip set(String table, int row, String column, JsonNode value) throws IOException {
        List<JsonNode> lines = lines(table);
        int index = 0;
        for (JsonNode c : lines.get(0).get("columns")) {
            if (c.asText().equals(column)) {
                break;
            }
            index++;
        }
        ((ArrayNode) lines.get(row + 1)).set(index, value);
        return table(table, lines);
    }

    /** Replaces {@code table}'s entry with these lines, then recomputes the manifest. */
    public BackupZip table(String table, List<JsonNode> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (JsonNode line : lines) {
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        put(table + ".jsonl", text.toString());
        return recompute();
    }

    /** Recomputes every table's size, SHA-256 and rows in the manifest from the entries as they are now. */
    public BackupZip recompute() throws IOException {
        ObjectNode manifest = manifest();
        for (JsonNode t : manifest.get("tables")) {
            byte[] bytes = entries.get(t.get("entry").asText());
            if (bytes != null) {
                ((ObjectNode) t).put("bytes", bytes.length).put("sha256", sha256(bytes))
                        .put("rows", new String(bytes, StandardCharsets.UTF_8).split("\n").length - 1);
            }
        }
        return manifest(manifest);
    }

    public Path write(Path target) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                ((OutputStream) out).write(e.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
