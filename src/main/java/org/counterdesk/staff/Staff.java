package org.counterdesk.staff;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff. Never deleted: a deactivated person's past receipts keep their name. */
public record Staff(long id, String staffNumber, String name, Set<Role> roles, boolean active, boolean locked) {

    public Staff {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public String rolesLabel() {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /** How the person appears on screens and documents: "Casey Nguyen (1001)". */
    public String display() {
        return name + " (" + staffNumber + ")";
    }
}
