package org.counterdesk.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes one table as a backup entry: a JSON line naming the table and its columns, then one
 * JSON array of values per row, in primary key order, counting rows and bytes and hashing what
 * it writes. Never closes the stream it writes to (it is an entry of a zip).
 */
final class TableWriter {

    private static final int REPORT_EVERY = 500;

    private final Connection connection;
    private final Backups.Progress progress;
    private final long total;
    private long done;

    TableWriter(Connection connection, Backups.Progress progress, long total) {
        this.connection = connection;
        this.progress = progress;
        this.total = total;
    }

    /** Writes {@code table} to {@code out}; returns its manifest entry. */
    BackupManifest.TableEntry write(TableSchema.Table table, OutputStream out) throws IOException, SQLException {
        Sha256 sha = new Sha256();
        Counting counted = new Counting(new DigestOutputStream(out, sha.digest()));
        long rows = 0;
        try (JsonGenerator g = ManifestJson.STRICT.getFactory().createGenerator(counted)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            g.writeStartObject();
            g.writeStringField("table", table.key());
            g.writeArrayFieldStart("columns");
            for (TableSchema.Column c : table.columns()) {
                g.writeString(c.key());
            }
            g.writeEndArray();
            g.writeEndObject();
            try (PreparedStatement s = connection.prepareStatement(select(table))) {
                s.setFetchSize(REPORT_EVERY);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        writeRow(g, table.columns(), rs);
                        rows++;
                        step();
                    }
                }
            }
            g.writeRaw('\n');
        }
        return new BackupManifest.TableEntry(table.key(), table.entryName(), rows, counted.count, sha.hex());
    }

    void finish() {
        progress.update(done, done);
    }

    private static void writeRow(JsonGenerator g, List<TableSchema.Column> columns, ResultSet rs)
            throws IOException, SQLException {
        g.writeStartArray();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).type().write(g, rs, i + 1);
        }
        g.writeEndArray();
    }

    private void step() {
        done++;
        if (done % REPORT_EVERY == 0) {
            progress.update(done, Math.max(total, done));
        }
    }

    /** Names come from the database's own description, quoted. */
    private static String select(TableSchema.Table t) {
        String columns = t.columns().stream().map(c -> TableSchema.quote(c.name())).collect(Collectors.joining(", "));
        String order = t.primaryKey().isEmpty() ? "" : " ORDER BY "
                + t.primaryKey().stream().map(TableSchema::quote).collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM " + TableSchema.quote(t.name()) + order;
    }

    /** Counts the bytes passing through and keeps the zip entry open when the generator closes. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
