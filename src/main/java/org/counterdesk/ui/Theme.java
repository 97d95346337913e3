package org.counterdesk.ui;

/**
 * The looks a person can choose. High contrast is white and yellow on black for staff who need
 * stronger contrast than the standard theme gives (WCAG 2.2, 1.4.6 and 1.4.11).
 */
public enum Theme {
    STANDARD(null),
    HIGH_CONTRAST("high-contrast.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** The style sheet laid over the standard one, or null for none. */
    String stylesheet() {
        return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
    }

    /** The theme named {@code name}, or the standard one for anything unknown. */
    static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return STANDARD;
    }
}
