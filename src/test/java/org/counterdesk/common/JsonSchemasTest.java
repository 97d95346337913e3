package org.counterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aValidDocumentHasNoProblems() throws Exception {
        var doc = json.readTree("{\"amountCents\": 1250, \"at\": \"2026-11-22T10:15:00+11:00\"}");
        assertThat(JsonSchemas.check("test-probe", doc)).isEmpty();
    }

    @Test
    void problemsNameWhereAndWhat() throws Exception {
        var doc = json.readTree("{\"amountCents\": 12.5, \"at\": \"yesterday\", \"extra\": 1}");
        var problems = JsonSchemas.check("test-probe", doc);
        assertThat(problems).extracting(JsonSchemas.Problem::where).contains("$.amountCents", "$.at");
        assertThat(problems).anySatisfy(p -> assertThat(p.what()).contains("extra"));
        assertThat(problems.toString()).contains("integer");
    }
}
