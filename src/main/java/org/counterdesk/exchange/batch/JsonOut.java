package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How exchange files are written, byte for byte: objects keep the order their fields were put
 * in, two-space indents, "\n" line ends on every platform, a final newline, UTF-8; times as
 * ISO 8601 with milliseconds and the organisation's offset. The same tree always gives the same bytes.
 */
final class JsonOut {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonOut() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }

    /** Optional text the counter stores as empty: null in the file. */
    static String orNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static byte[] bytes(JsonNode tree) {
        try {
            String text = MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
