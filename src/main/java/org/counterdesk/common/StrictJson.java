package org.counterdesk.common;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The one reader for JSON that comes from outside (finance's acknowledgements, master-data
 * imports, backup manifests). A key given twice is refused, since two readers could take
 * different values, and so is anything after the document, which another reader might take as
 * the document; and a
 * number no {@code long} holds exactly is reported rather than wrapped, so a {@code batchNumber}
 * of 2^64+1 can never be read as 1 and every number meets the schema's limits as written.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private StrictJson() {
    }

    /** The document in {@code bytes}; null or a missing node when empty. Malformed JSON and repeated keys throw. */
    public static JsonNode read(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    /**
     * Numbers in {@code root} that do not fit a {@code long} (too large, or beyond any binary
     * floating-point number), with where they are.
     */
    public static List<JsonSchemas.Problem> numbersOutOfRange(JsonNode root) {
        return find(root, (node, where) -> node.isNumber() && !node.canConvertToLong()
                ? new JsonSchemas.Problem(where, "is " + node.asText() + ", a number out of range") : null);
    }

    /**
     * Texts in {@code root} holding a control character or a direction override ({@link SafeText}),
     * with where they are: refused in everything read from outside, as they could hide or reorder
     * what a person is shown.
     */
    public static List<JsonSchemas.Problem> unsafeText(JsonNode root) {
        return find(root, (node, where) -> node.isTextual() ? SafeText.problem(node.textValue())
                .map(p -> new JsonSchemas.Problem(where, p)).orElse(null) : null);
    }

    /**
     * The problems {@code check} finds (null when none) in the values of {@code root} (every
     * text, number, boolean and null), located as the schema validator locates its problems
     * ({@code $.fees[3].description}).
     */
    public static List<JsonSchemas.Problem> find(JsonNode root,
                                                 BiFunction<JsonNode, String, JsonSchemas.Problem> check) {
        List<JsonSchemas.Problem> found = new ArrayList<>();
        walk(root, "$", check, found);
        return found;
    }

    private static void walk(JsonNode node, String where, BiFunction<JsonNode, String, JsonSchemas.Problem> check,
                             List<JsonSchemas.Problem> found) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), member(where, field.getKey()), check, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "[" + i + "]", check, found);
            }
        } else {
            JsonSchemas.Problem p = check.apply(node, where);
            if (p != null) {
                found.add(p);
            }
        }
    }

    private static String member(String where, String name) {
        return PLAIN_NAME.matcher(name).matches() ? where + "." + name
                : where + "['" + name.replace("'", "\\'") + "']";
    }
}
