package org.counterdesk.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the statements of a database script, one per line and each ended with a semicolon,
 * counting statements and bytes and telling the progress listener every few hundred rows.
 * Never closes the stream it writes to (it is an entry of a zip).
 */
final class ScriptWriter {

    private static final int REPORT_EVERY = 500;

    private final OutputStream out;
    private final Backups.Progress progress;
    private final long total;
    private long statements;
    private long bytes;

    ScriptWriter(OutputStream out, Backups.Progress progress, long total) {
        this.out = out;
        this.progress = progress;
        this.total = total;
    }

    void write(String statement) {
        String text = statement.endsWith(";") ? statement + "\n" : statement + ";\n";
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes += b.length;
        statements++;
        if (statements % REPORT_EVERY == 0) {
            progress.update(statements, Math.max(total, statements));
        }
    }

    void finish() throws IOException {
        out.flush();
        progress.update(statements, statements);
    }

    long statements() {
        return statements;
    }

    long bytes() {
        return bytes;
    }
}
