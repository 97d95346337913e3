package org.counterdesk.exchange.masterdata;

import java.util.HashMap;
import java.util.Map;
import org.counterdesk.common.Problems;

/**
 * The keys of one list in a master-data file (drawer codes, staff numbers, unit names): a key
 * given twice is a problem at the second record, naming the first, so the sender finds both.
 */
final class UniqueKeys {

    private final String field;
    private final Problems problems;
    private final Map<String, String> seen = new HashMap<>();

    UniqueKeys(String field, Problems problems) {
        this.field = field;
        this.problems = problems;
    }

    void check(String key, String label) {
        String before = seen.putIfAbsent(key, label);
        if (before != null) {
            problems.add(label, field, "is used twice (also " + before + ")");
        }
    }
}
