package org.counterdesk.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.counterdesk.exchange.JsonSchemas;

/** A backup's manifest as JSON: times in ISO 8601, checked against its published schema when read. */
final class ManifestJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The published schema of the manifest ({@code exchange/schema/backup-manifest.schema.json}). */
    static final String SCHEMA = "backup-manifest";

    private ManifestJson() {
    }

    static byte[] write(BackupManifest manifest) throws IOException {
        return JSON.writeValueAsBytes(manifest);
    }

    /** Reads a manifest after checking it against its published schema; the first problem is named. */
    static BackupManifest read(byte[] json) throws IOException {
        List<JsonSchemas.Problem> problems = JsonSchemas.check(SCHEMA, JSON.readTree(json));
        if (!problems.isEmpty()) {
            throw new IOException(problems.get(0).toString());
        }
        return JSON.readValue(json, BackupManifest.class);
    }
}
