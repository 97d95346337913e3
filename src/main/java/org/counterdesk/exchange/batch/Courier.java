package org.counterdesk.exchange.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.counterdesk.store.AtomicFiles;
import org.counterdesk.store.PrivateFiles;
import org.counterdesk.store.WriteFault;

/**
 * Moves a batch's files: first into the local queue in the data folder, then to the outbox,
 * each file written atomically and the manifest only after its batch. Finance reads only
 * batches that have a manifest, so a batch caught half-way is never read. Once both files
 * are in the outbox the queued copies are removed (the database can make them again).
 */
record Courier(ExchangeFolders folders, WriteFault fault) {

    void queue(BatchFiles batch) throws IOException {
        Path queue = PrivateFiles.createFolders(folders.queue()); // inside the data folder: private
        AtomicFiles.write(queue.resolve(batch.batchFileName()), out -> out.write(batch.batch()), fault);
        AtomicFiles.write(queue.resolve(batch.manifestFileName()), out -> out.write(batch.manifest()), fault);
    }

    /** Copies the batch, then its manifest, to the outbox; throws if the outbox cannot be reached. */
    void deliver(BatchFiles batch) throws IOException {
        Path outbox = folders.outbox();
        if (!Files.isDirectory(outbox)) {
            if (!folders.outboxIsDefault()) {
                throw new NoSuchFileException(outbox.toString(), null, "the outbox folder is not reachable");
            }
            Files.createDirectories(outbox);
        }
        AtomicFiles.write(outbox.resolve(batch.batchFileName()), out -> out.write(batch.batch()), fault);
        AtomicFiles.write(outbox.resolve(batch.manifestFileName()), out -> out.write(batch.manifest()), fault);
        Files.deleteIfExists(folders.queue().resolve(batch.manifestFileName()));
        Files.deleteIfExists(folders.queue().resolve(batch.batchFileName()));
    }
}
