package org.counterdesk.fees;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.common.RecordLabels;
import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;
import org.counterdesk.organisation.Organisation;

/**
 * The fee rules of a fee schedule file (the format of the sample schedule: amounts in cents,
 * {@code null} for keyed amounts), checked after the file has passed the reading step of every
 * outside file ({@link InboundFile}, schema {@code fee-schedule}). Every problem is reported
 * with the fee and field it concerns; a file with any problem yields no schedule at all. The
 * master-data import and first-run setup both read fee schedules through {@link #FILE} and
 * {@link #read(InboundFile)}, so both refuse a file with the same words.
 */
public final class FeeScheduleReader {

    /** Fee schedules as outside files: their schema, their records named by fee code, at most 20 MB. */
    public static final InboundFile.Kind FILE = InboundFile.Kind.masterData("fee-schedule",
            new RecordLabels(Map.of("fees", new RecordLabels.Key("code", "code")), Map.of("amount", Fields.CENTS,
                    "min", Fields.CENTS, "max", Fields.CENTS)));

    private static final Set<String> FEE_FIELDS =
            Set.of("code", "description", "gl", "tax", "amount", "min", "max", "unit", "reference");
    private static final Set<String> TOP_FIELDS = Set.of("organisation", "effectiveFrom", "taxCodes", "fees");

    /** The schedule in {@code file}; refused with every problem the fee rules find. */
    public FeeSchedule read(InboundFile file) {
        Problems problems = new Problems();
        FeeSchedule schedule = read(file.root(), problems);
        problems.refuseIfAny(file.name());
        return schedule;
    }

    /** The schedule in {@code root}, or null with the problems added to {@code problems}. */
    public FeeSchedule read(JsonNode root, Problems problems) {
        if (root == null || !root.isObject()) {
            problems.add("", "does not hold a fee schedule (expected a JSON object with \"fees\")");
            return null;
        }
        int before = problems.size();
        unknownFields(root, TOP_FIELDS, "", problems);
        LocalDate effective = effectiveFrom(root, problems);
        Optional<Organisation> organisation = root.hasNonNull("organisation")
                ? Optional.ofNullable(new OrganisationReader(problems).read(root.get("organisation")))
                : Optional.empty();
        List<Fee> fees = fees(root, problems);
        return problems.size() > before ? null : new FeeSchedule(organisation, effective, fees);
    }

    private static LocalDate effectiveFrom(JsonNode root, Problems problems) {
        JsonNode node = root.get("effectiveFrom");
        if (node == null || !node.isTextual()) {
            problems.add("", "effectiveFrom", "is missing (the date the fees take effect, like 2026-07-01)");
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            problems.add("", "effectiveFrom", "\"" + node.asText() + "\" is not a date like 2026-07-01");
            return null;
        }
    }

    private List<Fee> fees(JsonNode root, Problems problems) {
        JsonNode array = root.get("fees");
        List<Fee> fees = new ArrayList<>();
        if (array == null || !array.isArray() || array.isEmpty()) {
            problems.add("", "fees", "must be a list with at least one fee");
            return fees;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Fee fee = fee(array.get(i), i, problems);
            if (fee != null && !codes.add(fee.code())) {
                problems.add(label(i, fee.code()), "the code " + fee.code() + " is used twice");
            }
            fees.add(fee);
        }
        return fees;
    }

    private static Fee fee(JsonNode node, int index, Problems problems) {
        if (!node.isObject()) {
            problems.add("fees[" + index + "]", "is not an object");
            return null;
        }
        String code = node.path("code").isTextual() ? node.get("code").asText() : "?";
        Fields f = new Fields(node, label(index, code), problems);
        unknownFields(node, FEE_FIELDS, f.where(), problems);
        int before = problems.size();
        String validCode = f.text("code", 1, 12);
        if (validCode != null && !validCode.matches("[A-Z0-9_-]+")) {
            f.problem("code", "must be capital letters, digits, '-' or '_'");
        }
        String description = f.text("description", 1, 80);
        String gl = f.text("gl", 1, 30);
        TaxCode tax = f.choice("tax", TaxCode.class);
        Money amount = f.optionalCents("amount");
        Money min = null;
        Money max = null;
        if (node.path("amount").isNull() || f.isMissing("amount")) {
            min = f.cents("min");
            max = f.cents("max");
            if (min != null && max != null && min.greaterThan(max)) {
                f.problem("min", "is more than 'max'");
            }
        }
        String unit = f.optionalText("unit", 20);
        ReferenceRule reference = reference(node.get("reference"), f, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Fee(0, validCode, description, gl, tax, amount, min, max, unit, reference);
    }

    /** "fees[12] (code RATES)": the fee as its place in the file's list and its code (the same words as the imports use). */
    private static String label(int index, String code) {
        return "fees[" + index + "] (code " + code + ")";
    }

    private static ReferenceRule reference(JsonNode node, Fields fee, Problems problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            fee.problem("reference", "must be an object with label, scheme and required, or null");
            return null;
        }
        Fields f = new Fields(node, fee.where(), "reference.", problems);
        String label = f.text("label", 1, 40);
        CheckScheme scheme = f.choice("scheme", CheckScheme.class);
        JsonNode required = node.get("required");
        if (required == null || !required.isBoolean()) {
            f.problem("required", "must be true or false");
            return null;
        }
        return label == null || scheme == null ? null : new ReferenceRule(label, scheme, required.asBoolean());
    }

    /** Adds a problem for each field of {@code node} not in {@code known}; {@code where} empty for the file itself. */
    static void unknownFields(JsonNode node, Set<String> known, String where, Problems problems) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(where, "unknown field '" + name + "' (is it misspelt?)");
            }
        });
    }

    /**
     * Typed reads of one object's fields that report problems as "record field: what", like
     * {@code fees[12] (code RATES) min: is more than 'max'.} or {@code organisation bank.bsb: …}.
     */
    record Fields(JsonNode node, String where, String path, Problems problems) {
        /** What an amount in a fee schedule is, in the words both the schema's and the rules' messages use. */
        static final String CENTS = "a whole number of cents (like 5250 for $52.50)";

        /** The fields of a record itself; {@code path} in the full form prefixes each field's name ("reference."). */
        Fields(JsonNode node, String where, Problems problems) {
            this(node, where, "", problems);
        }

        void problem(String field, String what) {
            problems.add(where, path + field, what);
        }

        boolean isMissing(String field) {
            return !node.has(field);
        }

        String text(String field, int minLength, int maxLength) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                problem(field, "is missing");
                return null;
            }
            if (!v.isTextual()) {
                problem(field, "must be text");
                return null;
            }
            String s = v.asText().strip();
            if (s.length() < minLength || s.length() > maxLength) {
                problem(field, "must be " + minLength + " to " + maxLength + " characters");
                return null;
            }
            return s;
        }

        String optionalText(String field, int maxLength) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : text(field, 1, maxLength);
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            String value = text(field, 1, 20);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    names.add(c.name());
                }
                problem(field, "is \"" + value + "\" but must be one of " + String.join(", ", names));
                return null;
            }
        }

        Money cents(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                problem(field, "is missing (a keyed fee needs 'min' and 'max' in cents)");
                return null;
            }
            return centsOf(field, v);
        }

        Money optionalCents(String field) {
            JsonNode v = node.get(field);
            return v == null || v.isNull() ? null : centsOf(field, v);
        }

        private Money centsOf(String field, JsonNode v) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problem(field, "must be " + CENTS + ", not " + v);
                return null;
            }
            if (v.asLong() < 1 || v.asLong() > 100_000_000_000L) {
                problem(field, "must be between 1 cent and $1,000,000,000.00");
                return null;
            }
            return Money.ofCents(v.asLong());
        }
    }
}
