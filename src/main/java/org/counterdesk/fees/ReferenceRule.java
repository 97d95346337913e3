package org.counterdesk.fees;

import java.util.Optional;

/** The reference a fee asks for: its label on screen, how it is checked, and whether it is required. */
public record ReferenceRule(String label, CheckScheme scheme, boolean required) {

    /** Why the typed reference is refused, or empty if it is acceptable. */
    public Optional<String> problem(String typed) {
        String ref = scheme.normalise(typed);
        if (ref.isEmpty()) {
            return required ? Optional.of("Enter the " + label.toLowerCase() + ".") : Optional.empty();
        }
        return scheme.problem(ref, label);
    }
}
