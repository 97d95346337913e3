package org.counterdesk.audit;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Follows one terminal's numbered documents in number order and notes the first gap,
 * duplicate or misprinted number; the expected numbers are 1, 2, 3 ... up to the last one the
 * terminal's counter has issued.
 */
final class NumberRun {

    private final String what;
    private final LongFunction<String> printed;
    private long last;
    private String firstText;
    private String lastText;
    private String problem;

    /** {@code what} names the documents ("receipt"); {@code printed} gives a number's printed form. */
    NumberRun(String what, LongFunction<String> printed) {
        this.what = what;
        this.printed = printed;
    }

    void accept(IntegrityDao.Numbered n) {
        if (problem != null) {
            return;
        }
        if (n.number() == last) {
            problem = what + " " + n.text() + " appears twice";
        } else if (n.number() != last + 1) {
            problem = what + " " + printed.apply(last + 1) + " is missing"
                    + (last == 0 ? " (the first one found is " : " (" + lastText + " is followed by ") + n.text() + ")";
        } else if (!n.text().equals(printed.apply(n.number()))) {
            problem = what + " number " + n.number() + " is printed as " + n.text() + " instead of "
                    + printed.apply(n.number());
        } else {
            last = n.number();
            lastText = n.text();
            if (firstText == null) {
                firstText = n.text();
            }
        }
    }

    /** After the last document: the first problem, including numbers issued but not stored. */
    Optional<String> problem(long lastIssued) {
        if (problem == null && lastIssued < last) {
            problem = what + " " + lastText + " is stored but the counter has issued only up to "
                    + (lastIssued == 0 ? "none" : printed.apply(lastIssued)) + " (the counter was wound back or "
                    + what.toLowerCase(java.util.Locale.ROOT) + "s were added by hand)";
        } else if (problem == null && lastIssued > last) {
            problem = what + " " + printed.apply(last + 1) + (lastIssued > last + 1 ? " to " + printed.apply(lastIssued) : "")
                    + " " + (lastIssued > last + 1 ? "were" : "was") + " issued but " + (lastIssued > last + 1 ? "are" : "is")
                    + " missing";
        }
        return Optional.ofNullable(problem);
    }

    /** The range checked, {@code CD01-000001..CD01-000345}, or null when there were none. */
    String range() {
        return firstText == null ? null : firstText + ".." + lastText;
    }
}
