package org.counterdesk.seal;

import java.util.List;

/**
 * What one kind of record is made of, for its seal: the main table and the column that keys a
 * record in it, the child tables that belong to the record, and the exact columns of each, in
 * a fixed order. Data, not code, so that writing a seal and checking it read the same rows.
 *
 * @param kind     the name the journal's {@code record_kind} carries ({@code receipt})
 * @param label    how a person calls one ({@code Receipt})
 * @param main     the main table: its rows whose key column equals the record's key
 * @param scope    which of the main table's rows are records of this kind (an SQL condition), or {@code TRUE}
 * @param children the other tables, in this order
 * @param labelColumn the main table's column that names a record to a person ({@code receipt_no})
 * @param mutable  true when the record may change (a person's credentials): only its latest sealing entry counts
 * @param figures  key figures kept readable in the sealing entry's details, for messages
 */
public record SealSpec(String kind, String label, Part main, String scope, List<Part> children, String labelColumn,
                       boolean mutable, List<Figure> figures) {

    public SealSpec {
        children = List.copyOf(children);
        figures = List.copyOf(figures);
    }

    /**
     * One table of a record: the rows {@code where} selects for the record's key (bound as
     * {@code :key}), in {@code orderBy} order, each written as {@code columns}.
     */
    public record Part(String table, String where, String orderBy, List<String> columns) {

        public Part {
            columns = List.copyOf(columns);
        }

        /** Rows whose {@code keyColumn} is the key, ordered by {@code orderBy}. */
        public static Part of(String table, String keyColumn, String orderBy, String... columns) {
            return new Part(table, keyColumn + " = :key", orderBy, List.of(columns));
        }

        String select() {
            return "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE " + where + " ORDER BY " + orderBy;
        }
    }

    /**
     * A key figure: the sealing entry's details key and the main table's column it copies; money
     * figures are printed as dollars in messages.
     */
    public record Figure(String detailsKey, String column, String name, boolean money) {
    }

    /** The main table's column that holds the record's key (the first column of {@code main}). */
    public String keyColumn() {
        return main.columns().get(0);
    }
}
