package org.counterdesk.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON path into words an administrator can find in the file: {@code $.fees[12].amount}
 * becomes {@code fees[12] (code RATES-INST) amount}. Each list of records names the
 * field that identifies a record (a fee's code, a person's staff number).
 */
public final class RecordLabels {

    /** The field that identifies a record of a list, and what to call it. */
    public record Key(String field, String label) {
    }

    private static final Pattern RECORD = Pattern.compile("^\\$\\.([A-Za-z]+)\\[(\\d+)](?:\\.(.+))?$");
    private static final Pattern MEMBER = Pattern.compile("^\\$\\.([A-Za-z]+)(?:\\.(.+))?$");
    private static final Pattern MISSING = Pattern.compile("^required property '(.+)' not found$");
    private static final Pattern UNKNOWN = Pattern.compile(
            "^property '(.+)' is not defined in the schema and the schema does not allow additional properties$");
    private static final Pattern TYPE = Pattern.compile("^(\\w+) found, (.+) expected$");
    private static final Pattern FORMAT = Pattern.compile("^does not match the (email|date) pattern.*$");

    private final Map<String, Key> keys;
    private final Map<String, String> wholeNumbers;

    public RecordLabels(Map<String, Key> keys) {
        this(keys, Map.of());
    }

    /**
     * {@code wholeNumbers} says what a whole number in a field means, by the field's name
     * ("amount" → "a whole number of cents (like 5250 for $52.50)"), so "52.5" is answered in
     * the file's own terms rather than the schema's.
     */
    public RecordLabels(Map<String, Key> keys, Map<String, String> wholeNumbers) {
        this.keys = keys;
        this.wholeNumbers = wholeNumbers;
    }

    /** "fees[12] (code RATES-INST)": the record at {@code index} of {@code list}, named by its key. */
    public String record(JsonNode root, String list, int index) {
        Key key = keys.get(list);
        JsonNode value = key == null ? null : root.path(list).path(index).get(key.field());
        String name = value != null && value.isValueNode() && !value.isNull() && SafeText.problem(value.asText()).isEmpty()
                ? " (" + key.label() + " " + value.asText() + ")" : "";
        return list + "[" + index + "]" + name;
    }

    /** Each record of {@code list}, read by {@code read} from the record and its label, in the file's order. */
    public <T> List<T> each(JsonNode root, String list, BiFunction<JsonNode, String, T> read) {
        List<T> out = new ArrayList<>();
        JsonNode records = root.path(list);
        for (int i = 0; i < records.size(); i++) {
            out.add(read.apply(records.get(i), record(root, list, i)));
        }
        return out;
    }

    /** Adds a schema problem to {@code problems}, worded with its record and field. */
    public void add(Problems problems, JsonNode root, JsonSchemas.Problem p) {
        String what = withoutPath(p);
        Matcher r = RECORD.matcher(p.where());
        if (r.matches()) {
            add(problems, record(root, r.group(1), Integer.parseInt(r.group(2))), r.group(3), what);
            return;
        }
        Matcher m = MEMBER.matcher(p.where());
        if (m.matches() && root.path(m.group(1)).isObject()) {
            add(problems, m.group(1), m.group(2), what);
        } else if (m.matches()) {
            add(problems, "", p.where().substring(2), what);
        } else {
            add(problems, "", null, what);
        }
    }

    /** Words the validator's commonest messages for people; the property a message names joins the field path. */
    private void add(Problems problems, String record, String field, String what) {
        Matcher missing = MISSING.matcher(what);
        Matcher unknown = UNKNOWN.matcher(what);
        Matcher type = TYPE.matcher(what);
        Matcher format = FORMAT.matcher(what);
        if (missing.matches()) {
            problems.add(record, join(field, missing.group(1)), "is missing");
        } else if (unknown.matches()) {
            problems.add(record, join(field, unknown.group(1)), "is not a field of this file (is it misspelt?)");
        } else if (type.matches()) {
            String expected = type.group(2).replaceAll("[\\[\\]]", "").replace(", ", " or ");
            add(problems, record, field, "is " + article(type.group(1)) + " but must be " + expected(field, expected));
        } else if (format.matches()) {
            add(problems, record, field, format.group(1).equals("email") ? "is not a valid email address"
                    : "is not a date like 2027-07-01");
        } else if (field == null) {
            problems.add(record, what);
        } else {
            problems.add(record, field, what);
        }
    }

    /** "an integer or null", or in the field's own terms: "a whole number of cents (like 5250 for $52.50) or null". */
    private String expected(String field, String expected) {
        String words = field == null ? null : wholeNumbers.get(field.substring(field.lastIndexOf('.') + 1));
        return words != null && expected.startsWith("integer") ? words + expected.substring("integer".length())
                : article(expected);
    }

    private static String join(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** The validator starts its messages with the path; the label already says where. */
    private static String withoutPath(JsonSchemas.Problem p) {
        String what = p.what();
        return what.startsWith(p.where() + ": ") ? what.substring(p.where().length() + 2) : what;
    }
}
