package org.counterdesk.fees;

import java.util.List;

/** A file from outside was refused; nothing was imported. Carries every problem found. */
public class ImportRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ImportRefusedException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        String first = problems.isEmpty() ? "the file was refused" : problems.get(0);
        return problems.size() <= 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
