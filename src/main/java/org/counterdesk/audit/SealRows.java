package org.counterdesk.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Rows read as maps: H2 names columns in capitals, the seal specs in lower case. */
final class SealRows {

    private SealRows() {
    }

    static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> out = new HashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return out;
    }
}
