package org.counterdesk.common;

import java.util.List;

/**
 * A file from outside (a fee schedule, staff directory, drawers file, acknowledgement or backup)
 * was refused and nothing was changed. The message names the file and lists the first problems,
 * one a line, each naming its record and field; {@link #problems()} holds every problem found.
 * The one refusal every reader of outside files throws, so screens and the command line show
 * them all alike.
 */
public final class ImportRefused extends Refused {

    private static final long serialVersionUID = 1L;
    /** How many problems the message spells out; the rest are counted. */
    static final int SHOWN = 20;

    private final transient List<String> problems;

    public ImportRefused(String fileName, List<String> problems) {
        super(message(fileName, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String fileName, List<String> problems) {
        StringBuilder b = new StringBuilder(fileName).append(" was refused and nothing was changed: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem." : " problems.");
        problems.stream().limit(SHOWN).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            b.append("\n  ... and ").append(problems.size() - SHOWN).append(" more.");
        }
        return b.toString();
    }
}
