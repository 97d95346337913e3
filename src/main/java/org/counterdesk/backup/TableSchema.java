package org.counterdesk.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.counterdesk.common.Refused;

/**
 * The application's tables as the database itself describes them (the {@code PUBLIC} schema,
 * without Flyway's history and the schema stamp): names, columns and their types, primary and
 * foreign keys. A backup is written from it and a restore checks every name in a backup against the fresh database's
 * own description, so names from the file are only ever looked up, never put into SQL.
 * Tables come in an order that satisfies their foreign keys (parents first).
 */
final class TableSchema {

    /** The database's own bookkeeping of its migrations, which a restore's fresh database makes for itself. */
    private static final Set<String> BOOKKEEPING = Set.of("flyway_schema_history", "schema_stamp");

    /** A column: its name as the database spells it, and how its values travel. */
    record Column(String name, ColumnType type, long min, long max, boolean identity) {
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** A table: its name as the database spells it, its columns in order, its primary key. */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> parents) {
        /** The name backups use: lower case, as the migrations write it. */
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        String entryName() {
            return key() + ".jsonl";
        }

        Optional<Column> identity() {
            return columns.stream().filter(Column::identity).findFirst();
        }

        Optional<Column> column(String key) {
            return columns.stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    private final Map<String, Table> tables;

    private TableSchema(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** Reads the description of the database {@code c} is connected to. */
    static TableSchema read(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Map<String, Table> found = new LinkedHashMap<>();
        for (String name : tableNames(c)) {
            Table t = new Table(name, columns(meta, name), primaryKey(meta, name), parents(meta, name));
            Refused.unless(found.put(t.key(), t) == null, "Two tables are both named " + t.key() + ".");
        }
        return new TableSchema(order(found));
    }

    /** Every table, parents before the tables whose foreign keys point at them. */
    List<Table> tables() {
        return List.copyOf(tables.values());
    }

    /** The table a backup calls {@code key}, if the database has it. */
    Optional<Table> table(String key) {
        return Optional.ofNullable(tables.get(key));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE' ORDER BY table_name");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!BOOKKEEPING.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<Column> columns(DatabaseMetaData meta, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, null)) {
            while (rs.next()) {
                if ("YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    continue; // computed by the database from the others
                }
                String name = rs.getString("COLUMN_NAME");
                int sqlType = rs.getInt("DATA_TYPE");
                ColumnType type = ColumnType.of(sqlType, rs.getString("TYPE_NAME"));
                Refused.unless(type != null, "Backups cannot carry column " + table + "." + name + " of type "
                        + rs.getString("TYPE_NAME") + ".");
                long[] range = range(sqlType);
                columns.add(new Column(name, type, range[0], range[1], "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    private static long[] range(int sqlType) {
        return switch (sqlType) {
            case Types.INTEGER -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case Types.SMALLINT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case Types.TINYINT -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Short, String> bySeq = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                bySeq.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySeq.values());
    }

    private static Set<String> parents(DatabaseMetaData meta, String table) throws SQLException {
        Set<String> parents = new LinkedHashSet<>();
        try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                if (!parent.equals(table.toLowerCase(Locale.ROOT))) {
                    parents.add(parent); // a table pointing at itself is loaded in key order instead
                }
            }
        }
        return parents;
    }

    /** Parents first; a cycle of foreign keys between tables cannot be loaded row by row. */
    private static Map<String, Table> order(Map<String, Table> tables) {
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (Table t : tables.values()) {
                if (!ordered.containsKey(t.key()) && ordered.keySet().containsAll(t.parents())) {
                    ordered.put(t.key(), t);
                }
            }
            Refused.unless(ordered.size() > before, "The tables' foreign keys form a cycle, so a backup cannot be "
                    + "loaded table by table.");
        }
        return ordered;
    }
}
