package org.counterdesk.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas (draft 2020-12) of every file Counterdesk writes or reads, kept
 * under {@code org/counterdesk/exchange/schema/NAME.schema.json}. Files from outside are checked
 * against them before anything is written; the tests check every file written against them.
 * Formats ({@code date}, {@code date-time}) are asserted, not just annotated. It sits in common
 * because backups check their manifest too, and backup must not depend on the exchange room.
 */
public final class JsonSchemas {

    private static final String FOLDER = "/org/counterdesk/exchange/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    /** One thing wrong with a document: where ({@code $.receipts[3].lines[0].gl}) and what. */
    public record Problem(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    /** Problems of {@code document} against schema {@code name}, in document order; empty if valid. */
    public static List<Problem> check(String name, JsonNode document) {
        return schema(name).validate(document).stream()
                .map(m -> new Problem(m.getInstanceLocation().toString(), m.getMessage()))
                .sorted(Comparator.comparing(Problem::where))
                .toList();
    }

    /** The schema's text as published (for the README and for finance). */
    public static InputStream open(String name) {
        InputStream in = JsonSchemas.class.getResourceAsStream(FOLDER + name + ".schema.json");
        if (in == null) {
            throw new IllegalArgumentException("No schema named " + name);
        }
        return in;
    }

    private static JsonSchema schema(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = open(n)) {
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
