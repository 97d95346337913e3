package org.counterdesk.frontdesk;

/** Points at a directory entry: a host (person) or a business unit, by id. */
public record ContactRef(Contact.Kind kind, long id) {

    public static ContactRef of(Contact c) {
        return new ContactRef(c.kind(), c.id());
    }

    /** The host id to store, or null when this is a unit. */
    public Long hostId() {
        return kind == Contact.Kind.PERSON ? id : null;
    }

    /** The unit id to store, or null when this is a person. */
    public Long unitId() {
        return kind == Contact.Kind.UNIT ? id : null;
    }

    /** From the pair of columns a row keeps (exactly one of them set). */
    public static ContactRef fromColumns(Long hostId, Long unitId) {
        if (hostId != null) {
            return new ContactRef(Contact.Kind.PERSON, hostId);
        }
        if (unitId != null) {
            return new ContactRef(Contact.Kind.UNIT, unitId);
        }
        throw new IllegalStateException("a row names neither a host nor a business unit");
    }
}
