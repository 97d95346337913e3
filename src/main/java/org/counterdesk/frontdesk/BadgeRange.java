package org.counterdesk.frontdesk;

import java.util.Optional;

/** The visitor badges the desk holds, numbered {@code first} to {@code last}. */
public record BadgeRange(int first, int last) {

    public static final BadgeRange DEFAULT = new BadgeRange(1, 50);
    public static final int HIGHEST = 9999;

    public boolean contains(int badge) {
        return badge >= first && badge <= last;
    }

    public int size() {
        return last - first + 1;
    }

    /** Reads "1-50" (spaces and an en dash allowed); empty when it is not a range of badges. */
    public static Optional<BadgeRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("\\s*[-\u2013]\\s*");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int first = Integer.parseInt(parts[0]);
        int last = Integer.parseInt(parts[1]);
        return first >= 1 && last >= first && last <= HIGHEST ? Optional.of(new BadgeRange(first, last)) : Optional.empty();
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
