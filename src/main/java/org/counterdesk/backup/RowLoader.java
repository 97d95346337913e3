package org.counterdesk.backup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads a backup's rows into a freshly migrated database through prepared statements. Every
 * table and column named in the file is looked up in the fresh database's own description
 * ({@link TableSchema}) and the statement is built from that description's quoted names; every
 * value is parsed as JSON of the column's type and bound as a parameter. Nothing from the file
 * is ever part of an SQL text. Tables load parents first, so foreign keys hold row by row.
 */
final class RowLoader {

    private static final int BATCH = 500;
    /** One value at a time from a stream of them: what follows a value is the next row, not trailing junk. */
    private static final ObjectReader ROWS = ManifestJson.STRICT.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Connection connection;
    private final BackupFile file;
    private final TableSchema schema;

    RowLoader(Connection connection, BackupFile file) throws SQLException {
        this.connection = connection;
        this.file = file;
        this.schema = TableSchema.read(connection);
    }

    /** Loads every table; refuses a backup whose tables are not exactly the database's. */
    void load() throws IOException, SQLException {
        Set<String> inFile = new HashSet<>();
        for (BackupManifest.TableEntry t : file.manifest().tables()) {
            if (schema.table(t.name()).isEmpty()) {
                throw file.refused("table " + t.name() + " is not in the database's schema (version "
                        + file.manifest().schemaVersion() + ")");
            }
            inFile.add(t.name());
        }
        for (TableSchema.Table t : schema.tables()) {
            if (!inFile.contains(t.key())) {
                throw file.refused("it has no rows for table " + t.key() + " of schema version "
                        + file.manifest().schemaVersion());
            }
        }
        connection.setAutoCommit(false);
        try {
            clearSeedRows();
            for (TableSchema.Table t : schema.tables()) {
                BackupManifest.TableEntry entry = file.manifest().tables().stream()
                        .filter(e -> e.name().equals(t.key())).findFirst().orElseThrow();
                load(t, entry);
                restartIdentity(t);
                connection.commit();
            }
        } finally {
            connection.rollback(); // what a refused table left half-loaded; the copy is thrown away anyway
            connection.setAutoCommit(true);
        }
    }

    /** Rows a migration put in (settings, counters) give way to the backup's own. */
    private void clearSeedRows() throws SQLException {
        List<TableSchema.Table> children = new ArrayList<>(schema.tables());
        Collections.reverse(children);
        try (Statement s = connection.createStatement()) {
            for (TableSchema.Table t : children) {
                boolean seeded;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TableSchema.quote(t.name()))) {
                    seeded = rs.next() && rs.getLong(1) > 0;
                }
                if (seeded) {
                    s.executeUpdate("DELETE FROM " + TableSchema.quote(t.name()));
                }
            }
        }
        connection.commit();
    }

    private void load(TableSchema.Table table, BackupManifest.TableEntry entry) throws IOException, SQLException {
        long rows = 0;
        try (InputStream in = file.open(entry);
             JsonParser p = ManifestJson.STRICT.getFactory().createParser(in)) {
            List<TableSchema.Column> columns = header(table, p);
            try (PreparedStatement insert = connection.prepareStatement(insert(table, columns))) {
                for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                    rows++;
                    if (token != JsonToken.START_ARRAY) {
                        throw file.refused("table " + table.key() + ", row " + rows + " is not a list of values");
                    }
                    bind(insert, table, columns, ROWS.readTree(p), rows);
                    insert.addBatch();
                    if (rows % BATCH == 0) {
                        execute(insert, table, rows);
                    }
                }
                execute(insert, table, rows);
            }
        } catch (JsonProcessingException e) {
            throw file.refused("table " + table.key() + " is not valid JSON after row " + rows + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (rows != entry.rows()) {
            throw file.refused("table " + table.key() + " holds " + rows + " rows, its manifest says " + entry.rows());
        }
    }

    /** The first line names the table and its columns: each must be the table's, each once, all there. */
    private List<TableSchema.Column> header(TableSchema.Table table, JsonParser p) throws IOException {
        JsonNode header = p.nextToken() == JsonToken.START_OBJECT ? ROWS.readTree(p) : null;
        if (header == null || header.size() != 2 || !table.key().equals(header.path("table").textValue())
                || !header.path("columns").isArray()) {
            throw file.refused("table " + table.key() + " does not start with its name and columns");
        }
        List<TableSchema.Column> columns = new ArrayList<>();
        for (JsonNode name : header.get("columns")) {
            TableSchema.Column c = name.isTextual() ? table.column(name.textValue()).orElse(null) : null;
            if (c == null || columns.contains(c)) {
                throw file.refused("table " + table.key() + " names column " + shortText(name)
                        + ", which is not in the table or comes twice");
            }
            columns.add(c);
        }
        if (columns.size() != table.columns().size()) {
            throw file.refused("table " + table.key() + " does not carry all its columns");
        }
        return columns;
    }

    private void bind(PreparedStatement insert, TableSchema.Table table, List<TableSchema.Column> columns, JsonNode row,
                      long rowNumber) throws SQLException {
        if (row.size() != columns.size()) {
            throw file.refused("table " + table.key() + ", row " + rowNumber + " has " + row.size() + " values for "
                    + columns.size() + " columns");
        }
        for (int i = 0; i < columns.size(); i++) {
            TableSchema.Column c = columns.get(i);
            try {
                insert.setObject(i + 1, c.type().read(row.get(i), c.min(), c.max()));
            } catch (IllegalArgumentException e) {
                throw file.refused("table " + table.key() + ", row " + rowNumber + ", column " + c.key() + ": "
                        + e.getMessage());
            }
        }
    }

    private void execute(PreparedStatement insert, TableSchema.Table table, long rows) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw file.refused("table " + table.key() + " near row " + rows + " was refused by the database ("
                    + (why.length() > 160 ? why.substring(0, 160) + "…" : why) + ")");
        }
    }

    /** Identity columns carry on after the highest id loaded, as they did in the database backed up. */
    private void restartIdentity(TableSchema.Table table) throws SQLException {
        if (table.identity().isEmpty()) {
            return;
        }
        String column = TableSchema.quote(table.identity().get().name());
        long next;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM "
                     + TableSchema.quote(table.name()))) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE " + TableSchema.quote(table.name()) + " ALTER COLUMN " + column + " RESTART WITH "
                    + next);
        }
    }

    private static String insert(TableSchema.Table table, List<TableSchema.Column> columns) {
        String names = columns.stream().map(c -> TableSchema.quote(c.name())).collect(Collectors.joining(", "));
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String overriding = table.identity().isPresent() ? " OVERRIDING SYSTEM VALUE" : "";
        return "INSERT INTO " + TableSchema.quote(table.name()) + " (" + names + ")" + overriding + " VALUES (" + marks + ")";
    }

    private static String shortText(JsonNode node) {
        String text = node.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
