package org.counterdesk.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Map;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.RecordLabels;

/**
 * The JSON of backups: the manifest, times in ISO 8601, checked against its published schema
 * when read; and the strict reader of the table entries. Strict means a key twice in one
 * object, trailing content, or a value beyond sane sizes is refused, not guessed at.
 */
final class ManifestJson {

    /** Strict reading of every JSON value in a backup. */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(16 * 1024 * 1024).maxNestingDepth(8).maxNumberLength(40).build());
    }

    private static final ObjectMapper WRITER = STRICT.copy().enable(SerializationFeature.INDENT_OUTPUT);

    /** The published schema of the manifest ({@code exchange/schema/backup-manifest.schema.json}). */
    static final String SCHEMA = "backup-manifest";
    /** The manifest as an outside file: its schema, its tables named by name, at most 1 MB. */
    static final InboundFile.Kind FILE = new InboundFile.Kind(SCHEMA,
            new RecordLabels(Map.of("tables", new RecordLabels.Key("name", "table"))), 1024 * 1024, "a backup manifest");

    private ManifestJson() {
    }

    static byte[] write(BackupManifest manifest) throws IOException {
        return WRITER.writeValueAsBytes(manifest);
    }

    /** The manifest in a file that has passed the reading step ({@link #FILE}), read strictly into its record. */
    static BackupManifest read(InboundFile file) throws IOException {
        return STRICT.readValue(file.bytes(), BackupManifest.class);
    }
}
