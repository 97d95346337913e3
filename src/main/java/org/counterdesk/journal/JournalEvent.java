package org.counterdesk.journal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sensitive event about to be journaled: what happened, who did it, at which terminal, and to
 * which record. {@code details} hold ids and amounts, never a visitor's or payer's personal
 * details, so that de-identifying those later leaves no copy behind.
 */
public record JournalEvent(String event, String actor, String terminal, String subjectType, String subjectId,
                           Map<String, Object> details) {

    public JournalEvent {
        details = new LinkedHashMap<>(details);
    }

    public static JournalEvent of(String event, String actor, String terminal, String subjectType, Object subjectId) {
        return new JournalEvent(event, actor, terminal, subjectType, String.valueOf(subjectId), Map.of());
    }

    public JournalEvent with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new JournalEvent(event, actor, terminal, subjectType, subjectId, more);
    }
}
