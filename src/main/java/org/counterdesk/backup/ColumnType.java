package org.counterdesk.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a column's values travel in a backup: as JSON of one plain kind (whole numbers as
 * numbers, text as strings, booleans, decimals as strings, dates and times in ISO 8601, binary
 * in base64) and back into the Java value bound to an INSERT. Reading is strict: a value of
 * another JSON kind, or a string that does not parse, is refused with what was expected.
 */
enum ColumnType {
    WHOLE("a whole number"),
    BOOLEAN("true or false"),
    TEXT("a string"),
    DECIMAL("a decimal number as a string", s -> new BigDecimal(requireDecimal(s))),
    DATE("a date (2026-11-24)", LocalDate::parse),
    TIME("a time (09:30:00)", LocalTime::parse),
    TIME_TZ("a time with its offset (09:30:00+11:00)", OffsetTime::parse),
    TIMESTAMP("a date and time (2026-11-24T09:30:00)", LocalDateTime::parse),
    TIMESTAMP_TZ("a date and time with its offset (2026-11-24T09:30:00+11:00)", OffsetDateTime::parse),
    BINARY("base64 bytes", s -> Base64.getDecoder().decode(s)),
    UUID_TEXT("a UUID", UUID::fromString);

    private static final Map<ColumnType, DateTimeFormatter> FORMATS = Map.of(
            TIME, DateTimeFormatter.ISO_LOCAL_TIME, TIME_TZ, DateTimeFormatter.ISO_OFFSET_TIME,
            TIMESTAMP, DateTimeFormatter.ISO_LOCAL_DATE_TIME, TIMESTAMP_TZ, DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    private final String expected;
    private final Function<String, Object> parse;

    ColumnType(String expected) {
        this(expected, null);
    }

    ColumnType(String expected, Function<String, Object> parse) {
        this.expected = expected;
        this.parse = parse;
    }

    /** The type for a column of JDBC type {@code sqlType} named {@code typeName}; null when backups cannot carry it. */
    static ColumnType of(int sqlType, String typeName) {
        if ("UUID".equals(typeName.toUpperCase(Locale.ROOT))) {
            return UUID_TEXT;
        }
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> WHOLE;
            case Types.BOOLEAN, Types.BIT -> BOOLEAN;
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR, Types.NCHAR -> TEXT;
            case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
            case Types.DATE -> DATE;
            case Types.TIME -> TIME;
            case Types.TIME_WITH_TIMEZONE -> TIME_TZ;
            case Types.TIMESTAMP -> TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP_TZ;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BINARY;
            default -> null;
        };
    }

    /** Writes column {@code i} of the current row. */
    void write(JsonGenerator g, ResultSet rs, int i) throws IOException, SQLException {
        Object value = switch (this) {
            case WHOLE -> rs.getLong(i);
            case BOOLEAN -> rs.getBoolean(i);
            case TEXT -> rs.getString(i);
            case DECIMAL -> rs.getBigDecimal(i) == null ? null : rs.getBigDecimal(i).toPlainString();
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            case TIME_TZ -> rs.getObject(i, OffsetTime.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(i, OffsetDateTime.class);
            case BINARY -> rs.getBytes(i);
            case UUID_TEXT -> rs.getObject(i, UUID.class);
        };
        if (value == null || rs.wasNull()) {
            g.writeNull();
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            g.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof TemporalAccessor t && FORMATS.containsKey(this)) {
            g.writeString(FORMATS.get(this).format(t)); // seconds always written, fractions when there are any
        } else {
            g.writeString(value.toString());
        }
    }

    /**
     * The Java value of {@code node} for a column of this type whose whole numbers lie in
     * {@code min..max}; throws {@link IllegalArgumentException} saying what was expected.
     */
    Object read(JsonNode node, long min, long max) {
        if (node.isNull()) {
            return null;
        }
        switch (this) {
            case WHOLE -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min || node.asLong() > max) {
                    throw wrong(node, min, max);
                }
                return node.asLong();
            }
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw wrong(node, min, max);
                }
                return node.booleanValue();
            }
            case TEXT -> {
                if (!node.isTextual()) {
                    throw wrong(node, min, max);
                }
                return node.textValue();
            }
            default -> {
                if (!node.isTextual()) {
                    throw wrong(node, min, max);
                }
                try {
                    return parse.apply(node.textValue());
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw wrong(node, min, max);
                }
            }
        }
    }

    private IllegalArgumentException wrong(JsonNode node, long min, long max) {
        String found = node.toString();
        found = found.length() > 40 ? found.substring(0, 40) + "…" : found;
        String range = this == WHOLE && (min != Long.MIN_VALUE || max != Long.MAX_VALUE) ? " from " + min + " to " + max : "";
        return new IllegalArgumentException("expected " + expected + range + ", found " + found);
    }

    private static String requireDecimal(String s) {
        if (!s.matches("-?\\d{1,1000}(\\.\\d{1,1000})?")) {
            throw new IllegalArgumentException(s);
        }
        return s;
    }
}
