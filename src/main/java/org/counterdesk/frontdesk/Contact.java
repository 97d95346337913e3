package org.counterdesk.frontdesk;

import java.util.Optional;

/**
 * Someone in the directory that a visitor comes to see or a parcel is addressed to: a person
 * (a host, usually in a business unit) or a business unit itself, with how to reach them.
 */
public record Contact(Kind kind, long id, String name, String unitName, String email, String phone) {

    /** A person, or a whole business unit. */
    public enum Kind {
        PERSON, UNIT
    }

    public static Contact person(long id, String name, String unitName, String email, String extension) {
        return new Contact(Kind.PERSON, id, name, unitName, blankToNull(email), blankToNull(extension));
    }

    public static Contact unit(long id, String name, String email, String phone) {
        return new Contact(Kind.UNIT, id, name, null, blankToNull(email), blankToNull(phone));
    }

    public boolean isPerson() {
        return kind == Kind.PERSON;
    }

    /** "Robyn Lee, Planning" or "Planning (business unit)": how screens and documents name them. */
    public String describe() {
        if (isPerson()) {
            return unitName == null ? name : name + ", " + unitName;
        }
        return name + " (business unit)";
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** "ext 4021" for a person, the unit's number for a unit, or a note that there is none. */
    public String phoneText() {
        if (phone == null) {
            return "no phone number in the directory";
        }
        return isPerson() ? "ext " + phone : phone;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
