package org.counterdesk.exchange.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.RecordLabels;
import org.counterdesk.store.AtomicFiles;
import org.counterdesk.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads finance's acknowledgements from the inbox. Each {@code *.json} file passes the reading
 * step of every outside file ({@link InboundFile}: size, strict JSON, the {@code ack} schema,
 * numbers and texts), is matched to a batch, and recorded as accepted, rejected or
 * mismatched (SHA-256 not the batch's), then moved to {@code processed/}. Anything else
 * (not JSON, a key twice, a number out of range, a text with a control or direction-override
 * character, not an ack, an unknown batch, a symbolic link, which is moved but never followed) is moved to {@code rejected/} with a
 * {@code .reason.txt} beside it and a log entry; no file ever makes reading the inbox fail.
 */
record AckReader(Database database, ExchangeFolders folders, BatchEvents events) {

    private static final Logger LOG = LoggerFactory.getLogger(AckReader.class);
    /** An acknowledgement is a few lines; a megabyte is far more than any can need. */
    private static final InboundFile.Kind ACK = new InboundFile.Kind("ack", new RecordLabels(Map.of()), 1024 * 1024,
            "an acknowledgement");

    /** Not an acknowledgement this counter can use; the message says why. */
    private static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    AckSummary read() {
        Path inbox = folders.inbox();
        if (folders.inboxIsDefault()) {
            createQuietly(inbox);
        }
        int[] tally = new int[3];
        List<AckSummary.Refusal> refused = new ArrayList<>();
        for (Path file : files(inbox)) {
            String name = file.getFileName().toString();
            try {
                if (Files.isSymbolicLink(file)) {
                    throw new Unusable("a link to another file, not a file: links are never followed");
                }
                BatchState outcome = handle(file);
                tally[outcome == BatchState.ACCEPTED ? 0 : outcome == BatchState.REJECTED ? 1 : 2]++;
                moveTo(file, inbox.resolve("processed"));
            } catch (Unusable | IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                refused.add(new AckSummary.Refusal(name, reason));
                LOG.warn("Acknowledgement file {} moved to {}: {}", name, inbox.resolve("rejected"), reason);
                setAside(file, inbox.resolve("rejected"), reason);
            }
        }
        return new AckSummary(tally[0], tally[1], tally[2], refused);
    }

    private BatchState handle(Path file) throws IOException, Unusable {
        JsonNode ack = read(file);
        String terminal = ack.get("terminal").asText();
        long number = ack.get("batchNumber").asLong();
        BatchDao.Stored batch = database.jdbi().withHandle(h -> new BatchDao(h).byTerminalCode(terminal, number))
                .orElseThrow(() -> new Unusable("acknowledges batch " + BatchDocument.batchNo(terminal, number)
                        + ", which was never exported here"));
        String sha = ack.get("sha256").asText();
        String message = ack.get("message").asText();
        Instant received = OffsetDateTime.parse(ack.get("receivedAt").asText()).toInstant();
        BatchState outcome = "rejected".equals(ack.get("status").asText()) ? BatchState.REJECTED
                : sha.equals(batch.sha256()) ? BatchState.ACCEPTED : BatchState.MISMATCH;
        if (outcome == BatchState.MISMATCH) {
            message = "Finance read a file with SHA-256 " + sha + ", not the batch's " + batch.sha256()
                    + (message.isEmpty() ? "" : ". Finance says: " + message);
        }
        String name = file.getFileName().toString();
        Optional<BatchStatus> now = events.status(batch.terminalId(), batch.number());
        if (now.isEmpty() || now.get().state() != BatchState.ACCEPTED || outcome != BatchState.ACCEPTED) {
            Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("ackFile", name, "sha256", sha));
            if (ack.hasNonNull(BatchEvents.JOURNAL_HEAD)) {
                details.put(BatchEvents.JOURNAL_HEAD, ack.get(BatchEvents.JOURNAL_HEAD).asText());
            }
            events.record(batch, outcome, null, message, name, received, details);
        }
        return outcome;
    }

    /** The acknowledgement through the reading step; its problems, one after another, are the reason it is set aside. */
    private static JsonNode read(Path file) throws IOException, Unusable {
        try {
            return InboundFile.of(InboundFile.nameOf(file), readWithoutFollowingLinks(file), ACK).root();
        } catch (ImportRefused e) {
            throw new Unusable(String.join(" ", e.problems()));
        }
    }

    /**
     * The file's bytes (one more than the limit at most, for the reading step to refuse), refused
     * if it was swapped for a link after the inbox was listed.
     */
    private static byte[] readWithoutFollowingLinks(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) ACK.maxBytes() + 1);
        }
    }

    /** Makes the default inbox so finance has somewhere to write; a failure shows as nothing to read. */
    private static void createQuietly(Path inbox) {
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            LOG.warn("The inbox {} could not be made: {}", inbox, e.getMessage());
        }
    }

    /** The inbox's acknowledgement candidates in name order; temp names are left for their writer. */
    private static List<Path> files(Path inbox) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return found;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(inbox, "*.json")) {
            for (Path p : dir) {
                if ((Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) && !AtomicFiles.isTemp(p)) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            LOG.warn("The inbox {} could not be listed: {}", inbox, e.getMessage());
        }
        found.sort(null);
        return found;
    }

    private static void setAside(Path file, Path folder, String reason) {
        try {
            Path moved = moveTo(file, folder);
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Acknowledgement file {} could not be moved aside: {}", file, e.getMessage());
        }
    }

    /** Moves the file into {@code folder}, never over an earlier file of the same name. */
    private static Path moveTo(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(name.substring(0, name.length() - 5) + "-" + i + ".json");
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
