package org.counterdesk.exchange.masterdata;

import java.util.ArrayList;
import java.util.List;

/** The problems found in a file so far, in the order found, each naming its record and field. */
final class Problems {

    private final List<String> list = new ArrayList<>();

    /**
     * "staff[3] (staff number 1042) email: is not valid." ({@code record} empty for a field of the
     * file itself: "effectiveFrom: is …").
     */
    void add(String record, String field, String what) {
        list.add((record.isEmpty() ? "" : record + " ") + field + ": " + sentence(what));
    }

    /** A problem about a whole record (or, with {@code record} empty, the whole file). */
    void add(String record, String what) {
        list.add((record.isEmpty() ? "The file" : record) + ": " + sentence(what));
    }

    void addAll(List<String> more) {
        list.addAll(more);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Refuses the file with every problem, unless there are none. */
    void refuseIfAny(String fileName) {
        if (!list.isEmpty()) {
            throw new ImportRefused(fileName, list);
        }
    }

    private static String sentence(String what) {
        return what.endsWith(".") || what.endsWith("?") ? what : what + ".";
    }
}
