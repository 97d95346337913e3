package org.counterdesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A hook called before each stage of an atomic write. The app uses {@link #NONE}; the tests
 * throw from it to show that a write failing at any stage leaves nothing behind under the real name.
 */
@FunctionalInterface
public interface WriteFault {

    WriteFault NONE = (stage, target) -> { };

    /** The stages of writing one file: the temp file's bytes, forcing them to disk, the rename. */
    enum Stage { WRITE_TEMP, FSYNC, RENAME }

    /** Called before {@code stage} of writing {@code target} (its final path); throw to fail it. */
    void before(Stage stage, Path target) throws IOException;
}
