package org.counterdesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.counterdesk.store.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheEarlierFileAndNoPartialOne() throws Exception {
        Path target = dir.resolve("day/CD01-000001.pdf");
        DocumentFiles.write(target, out -> out.write("first".getBytes()));
        assertThatThrownBy(() -> DocumentFiles.write(target, out -> {
            out.write("half a docu".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(StorageException.class)
                .hasMessage("Could not save CD01-000001.pdf in " + target.getParent() + ": the disk is full.");
        assertThat(target).hasContent("first");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewFileAppearsWholeUnderItsName() throws Exception {
        Path target = dir.resolve("a/b/doc.pdf");
        assertThat(DocumentFiles.write(target, out -> out.write(new byte[10_000]))).isEqualTo(target);
        assertThat(Files.size(target)).isEqualTo(10_000);
    }
}
