package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading exchange files back in tests, and keeping samples for the README and finance. */
final class Samples {

    static final ObjectMapper JSON = new ObjectMapper();

    private Samples() {
    }

    static JsonNode read(Path file) throws Exception {
        return JSON.readTree(Files.readAllBytes(file));
    }

    static void keep(Path file, String name) throws Exception {
        Path folder = Path.of(System.getProperty("counterdesk.samples", "target/samples"), "exchange");
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every file name in {@code folder} (not in sub-folders), sorted; empty if it does not exist. */
    static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }

    /** An acknowledgement as finance would write it. */
    static String ack(String terminal, long number, String sha, String status, String message) {
        return "{\n  \"terminal\": \"" + terminal + "\",\n  \"batchNumber\": " + number + ",\n  \"sha256\": \"" + sha
                + "\",\n  \"status\": \"" + status + "\",\n  \"message\": \"" + message
                + "\",\n  \"receivedAt\": \"2026-11-24T09:30:00+11:00\"\n}\n";
    }
}
