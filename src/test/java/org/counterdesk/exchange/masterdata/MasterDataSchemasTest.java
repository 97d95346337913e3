package org.counterdesk.exchange.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterdesk.common.JsonSchemas;
import org.junit.jupiter.api.Test;

/** The three published master-data schemas: strict, described, and accepting the sample files. */
class MasterDataSchemasTest {

    private static final Map<String, String> SAMPLE_OF = Map.of(
            "fee-schedule", "fee-schedule.json",
            "staff-directory", "staff-directory.json",
            "drawers", "drawers.json");

    /** Conditions on a record (keyed fees need min and max), not records of their own. */
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "anyOf", "oneOf", "allOf", "not");

    @Test
    void theSampleFilesAndTheCouncilsFeeScheduleFixtureAreValid() {
        SAMPLE_OF.forEach((schema, sample) ->
                assertThat(JsonSchemas.check(schema, ImportFixtures.sample(sample))).as(sample).isEmpty());
    }

    @Test
    void everyObjectIsClosedAndEveryFieldIsDescribed() throws Exception {
        for (String name : SAMPLE_OF.keySet()) {
            JsonNode schema;
            try (InputStream in = JsonSchemas.open(name)) {
                schema = ImportFixtures.JSON.readTree(in);
            }
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("description").asText()).as(name).isNotBlank();
            List<String> gaps = new ArrayList<>();
            walk(schema, "$", gaps);
            assertThat(gaps).as(name).isEmpty();
        }
    }

    /** Collects objects that allow unknown fields and fields without a description (directly or by $ref). */
    private static void walk(JsonNode node, String where, List<String> gaps) {
        if (!node.isObject()) {
            node.forEach(child -> walk(child, where + "[]", gaps));
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && node.has("required")) {
            if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                gaps.add(where + " allows fields it does not name");
            }
            properties.fields().forEachRemaining(e -> {
                if (!e.getValue().has("description") && !e.getValue().has("$ref")) {
                    gaps.add(where + "." + e.getKey() + " has no description");
                }
            });
        }
        node.fields().forEachRemaining(e -> {
            if (!CONDITIONS.contains(e.getKey())) {
                walk(e.getValue(), where + "." + e.getKey(), gaps);
            }
        });
    }
}
