package org.counterdesk.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/** A backup's manifest as JSON: times in ISO 8601, unknown fields refused. */
final class ManifestJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ManifestJson() {
    }

    static byte[] write(BackupManifest manifest) throws IOException {
        return JSON.writeValueAsBytes(manifest);
    }

    static BackupManifest read(byte[] json) throws IOException {
        return JSON.readValue(json, BackupManifest.class);
    }
}
