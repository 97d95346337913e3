package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterdesk.audit.Anchor;
import org.counterdesk.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal heads carried by the manifests this counter has written, read back from the queue
 * and the outbox: copies kept as files, apart from the database, that {@code verify} ties the
 * chain to. A manifest that cannot be read is logged and left out, never executed or trusted.
 */
public record ManifestAnchors(ExchangeFolders folders) {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestAnchors.class);
    private static final String SUFFIX = ".manifest.json";

    /** Every readable manifest's journal head in the queue and the outbox, each named by its file. */
    public List<Anchor> read() {
        List<Anchor> found = new ArrayList<>();
        read(folders.queue(), "the queue", found);
        read(folders.outbox(), "the outbox", found);
        return found;
    }

    private static void read(Path folder, String where, List<Anchor> found) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            dir.forEach(p -> {
                if (Files.isRegularFile(p) && !AtomicFiles.isTemp(p)) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            LOG.warn("The manifests in {} could not be listed: {}", folder, e.getMessage());
        }
        files.sort(null);
        for (Path p : files) {
            try {
                JsonNode head = JsonOut.MAPPER.readTree(p.toFile()).get("journalHead");
                if (head != null && head.isTextual() && head.asText().matches("[0-9a-f]{64}")) {
                    found.add(new Anchor(null, head.asText(), "manifest " + p.getFileName() + " in " + where));
                } else {
                    LOG.warn("Manifest {} holds no journal head", p);
                }
            } catch (IOException e) {
                LOG.warn("Manifest {} could not be read: {}", p, e.getMessage());
            }
        }
    }
}
