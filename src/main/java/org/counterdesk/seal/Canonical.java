package org.counterdesk.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A record's canonical bytes, read back from its rows, and its seal (SHA-256 of those bytes).
 * The same code runs when a record is written and when {@code verify} checks it. The form, fixed
 * for good once records are sealed:
 * <pre>
 *   "CDS1" LF kind LF key LF
 *   then for each table of the spec, in order: table LF, one line per row (values joined by TAB) LF, "." LF
 * </pre>
 * Each value is typed by its first character: {@code N} null; {@code I} a decimal integer;
 * {@code B} {@code true}/{@code false}; {@code D} an ISO date; {@code T} an ISO UTC instant
 * ({@code 2026-11-23T23:15:00.123Z}, as {@link DateTimeFormatter#ISO_INSTANT} writes it);
 * {@code S} a string with backslash, TAB, LF and CR escaped as {@code \\ \t \n \r}.
 */
public final class Canonical {

    public static final String VERSION = "CDS1";

    private Canonical() {
    }

    /** The seal of record {@code key} of {@code spec}: lowercase hex SHA-256 of its canonical bytes. */
    public static String seal(Handle h, SealSpec spec, long key) {
        return sha256(text(h, spec, key));
    }

    /** The canonical text of record {@code key}, one query per table. */
    public static String text(Handle h, SealSpec spec, long key) {
        StringBuilder out = new StringBuilder(512).append(VERSION).append('\n').append(spec.kind()).append('\n')
                .append(key).append('\n');
        part(h, spec.main(), key, out);
        for (SealSpec.Part child : spec.children()) {
            part(h, child, key, out);
        }
        return out.toString();
    }

    private static void part(Handle h, SealSpec.Part part, long key, StringBuilder out) {
        out.append(part.table()).append('\n');
        List<String> rows = h.createQuery(part.select()).bind("key", key).map((rs, ctx) -> row(rs)).list();
        rows.forEach(r -> out.append(r).append('\n'));
        out.append(".\n");
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (c > 1) {
                row.append('\t');
            }
            row.append(value(rs, c, type(meta, c)));
        }
        return row.toString();
    }

    /**
     * The column's JDBC type, the same on both databases: PostgreSQL's driver reports a
     * {@code TIMESTAMP WITH TIME ZONE} column as a plain TIMESTAMP (named timestamptz), H2 as
     * TIMESTAMP_WITH_TIMEZONE; both hold an instant and are written as one.
     */
    private static int type(ResultSetMetaData meta, int c) throws SQLException {
        int type = meta.getColumnType(c);
        return type == Types.TIMESTAMP && "timestamptz".equalsIgnoreCase(meta.getColumnTypeName(c))
                ? Types.TIMESTAMP_WITH_TIMEZONE : type;
    }

    private static String value(ResultSet rs, int c, int type) throws SQLException {
        if (rs.getObject(c) == null) {
            return "N";
        }
        return switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> "I" + rs.getLong(c);
            case Types.BOOLEAN, Types.BIT -> "B" + rs.getBoolean(c);
            case Types.DATE -> "D" + rs.getObject(c, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE ->
                    "T" + DateTimeFormatter.ISO_INSTANT.format(rs.getObject(c, OffsetDateTime.class).toInstant());
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> "S" + escape(rs.getString(c));
            default -> throw new IllegalStateException("column " + rs.getMetaData().getColumnName(c)
                    + " has a type the seal does not know (" + type + ")");
        };
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
