package org.counterdesk.exchange.masterdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.counterdesk.testing.TestCounter;

/** Files to import (the samples, edited copies, raw text) and a snapshot of what an import may touch. */
final class ImportFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Every table an import writes to: a refused file must leave all of them exactly as they were. */
    static final List<String> TOUCHED = List.of("fee_schedule", "fee", "staff", "host", "business_unit", "drawer",
            "master_data_import", "journal");

    private ImportFixtures() {
    }

    /** A sample file shipped with the tests, parsed for editing. */
    static ObjectNode sample(String name) {
        String path = name.equals("fee-schedule.json") ? "/org/counterdesk/setup/demo-fee-schedule.json"
                : "/org/counterdesk/exchange/masterdata/" + name;
        try (InputStream in = ImportFixtures.class.getResourceAsStream(path)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample file {@code sample}, edited by {@code edit}, written to {@code dir/name}. */
    static Path edited(Path dir, String sample, String name, Consumer<ObjectNode> edit) {
        ObjectNode doc = sample(sample);
        edit.accept(doc);
        return text(dir, name, doc.toPrettyString());
    }

    static Path text(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every table an import touches, as text: equal snapshots mean nothing changed. */
    static String snapshot(TestCounter c) {
        return c.services.database().jdbi().withHandle(h -> TOUCHED.stream()
                .map(t -> t + ":\n" + h.createQuery("SELECT * FROM " + t + " ORDER BY 1").mapToMap().list().stream()
                        .map(Object::toString).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n")));
    }

    /** Keeps a sample input file in target/samples for people (and head office) to look at. */
    static void keepSample(Path file, String name) throws IOException {
        Path folder = Path.of(System.getProperty("counterdesk.samples", "target/samples"));
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static long count(TestCounter c, String sql) {
        return c.services.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
