package org.counterdesk.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a file from outside so far, in the order found, each naming its record
 * and field in the words the file uses, so one list can be fixed in one go. Every reader of
 * outside files collects into one of these and refuses with {@link ImportRefused}.
 */
public final class Problems {

    private final List<String> list = new ArrayList<>();

    /**
     * "staff[3] (staff number 1042) email: is not valid." ({@code record} empty for a field of the
     * file itself: "effectiveFrom: is …").
     */
    public void add(String record, String field, String what) {
        list.add((record.isEmpty() ? "" : record + " ") + field + ": " + sentence(what));
    }

    /** A problem about a whole record (or, with {@code record} empty, the whole file). */
    public void add(String record, String what) {
        list.add((record.isEmpty() ? "The file" : record) + ": " + sentence(what));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** How many problems so far: a reader compares counts to tell whether one record added any. */
    public int size() {
        return list.size();
    }

    /** Refuses the file with every problem, unless there are none. */
    public void refuseIfAny(String fileName) {
        if (!list.isEmpty()) {
            throw new ImportRefused(fileName, list);
        }
    }

    private static String sentence(String what) {
        return what.endsWith(".") || what.endsWith("?") ? what : what + ".";
    }
}
