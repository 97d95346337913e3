package org.counterdesk.staff;

import java.util.Locale;

/**
 * What a person may do. Setting up (administrator) is not approving money (supervisor); a
 * person can hold several roles.
 */
public enum Role {
    CASHIER("Cashier"),
    SUPERVISOR("Supervisor"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "a cashier", "an administrator". */
    public String withArticle() {
        String lower = label.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }
}
