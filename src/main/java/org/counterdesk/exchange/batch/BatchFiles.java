package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.counterdesk.common.JsonSchemas;

/**
 * A batch's two files as bytes: the batch itself and its manifest (file name, SHA-256, size,
 * record counts, the journal's chain head at the closure). Both are checked against their
 * published schemas before anyone may write them: a bug must never ship a bad file.
 */
record BatchFiles(String batchFileName, byte[] batch, String sha256, String manifestFileName, byte[] manifest,
                  int receipts) {

    static final String MANIFEST_SUFFIX = ".manifest.json";

    static BatchFiles of(ObjectNode tree) {
        requireValid("batch", tree);
        byte[] bytes = JsonOut.bytes(tree);
        String sha = sha256(bytes);
        JsonNode header = tree.get("header");
        String batchNo = header.get("batchNo").asText();
        ObjectNode m = JsonOut.object();
        m.put("formatVersion", BatchDocument.FORMAT_VERSION);
        m.put("batchFile", batchNo + ".json");
        m.put("sha256", sha);
        m.put("sizeBytes", bytes.length);
        m.put("batchNo", batchNo);
        m.put("batchNumber", header.get("batchNumber").asLong());
        m.put("terminal", header.get("terminal").get("code").asText());
        m.put("closureNo", header.get("closure").get("closureNo").asText());
        m.put("businessDate", header.get("closure").get("businessDate").asText());
        m.put("createdAt", header.get("createdAt").asText());
        m.set("counts", header.get("counts").deepCopy());
        m.put("journalHead", tree.get("closure").get("journalHead").asText());
        requireValid("manifest", m);
        return new BatchFiles(batchNo + ".json", bytes, sha, batchNo + MANIFEST_SUFFIX, JsonOut.bytes(m),
                header.get("counts").get("receipts").asInt());
    }

    /** Steps an export of this batch reports: one per receipt read, then writing, then sending. */
    long steps() {
        return receipts + 2L;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void requireValid(String schema, JsonNode tree) {
        List<JsonSchemas.Problem> problems = JsonSchemas.check(schema, tree);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The " + schema + " file does not match its published schema, so it was "
                    + "not written: " + problems.subList(0, Math.min(5, problems.size())));
        }
    }
}
