package org.counterdesk.frontdesk;

/** A member of staff in the front desk directory: visitors come to see them, parcels come for them. */
public record Host(long id, String name, String staffNumber, String email, String extension, Long unitId,
                   String unitName, boolean active) {

    public Contact contact() {
        return Contact.person(id, name, unitName, email, extension);
    }
}
