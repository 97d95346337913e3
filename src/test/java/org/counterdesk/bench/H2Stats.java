package org.counterdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The size of the H2 file and the counters H2 keeps about it (writes, how full its chunks are). */
record H2Stats(long fileBytes, long writes, long writeBytes, int chunksFillRate, int chunkCount) {

    static final String FILE = "counterdesk.mv.db";

    /** Reads the counters of the open database {@code jdbi} whose files are in {@code dbFolder}. */
    static H2Stats of(Jdbi jdbi, Path dbFolder) {
        return jdbi.withHandle(h -> new H2Stats(fileSize(dbFolder), info(h, "FILE_WRITE"), info(h, "FILE_WRITE_BYTES"),
                (int) info(h, "CHUNKS_FILL_RATE"), (int) info(h, "CHUNK_COUNT")));
    }

    static long fileSize(Path dbFolder) {
        try {
            return Files.size(dbFolder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long info(Handle h, String name) {
        return h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = :n")
                .bind("n", "info." + name).mapTo(String.class).findOne().map(Long::parseLong).orElse(-1L);
    }

    static String mb(long bytes) {
        return String.format("%.2f", bytes / (1024.0 * 1024.0));
    }
}
