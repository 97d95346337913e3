package org.counterdesk.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the integrity check found: a line per part checked that passed, and the first problem
 * found, if any (the check stops there: one problem named clearly beats a list of echoes).
 */
public record IntegrityReport(List<String> passed, Optional<String> firstProblem) {

    public IntegrityReport {
        passed = List.copyOf(passed);
    }

    public boolean intact() {
        return firstProblem.isEmpty();
    }

    /** The lines that passed, one per line, for a person to read. */
    public String summary() {
        return String.join(System.lineSeparator(), passed);
    }
}
