package org.counterdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh data folders for benchmark runs, under {@code -Dbench.dir} (default: the system temp
 * folder). Point it at the disk you want to measure: a tmpfs makes every sync free.
 */
final class BenchFolders {

    private BenchFolders() {
    }

    static Path parent() throws IOException {
        Path parent = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        return Files.createDirectories(parent);
    }

    static Path fresh(String name) throws IOException {
        return Files.createTempDirectory(parent(), "counterdesk-" + name + "-");
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
