package org.counterdesk.frontdesk;

/** A business unit in the directory (Planning, Rates…), with the address and number that reach it. */
public record BusinessUnit(long id, String name, String email, String phone, boolean active) {

    public Contact contact() {
        return Contact.unit(id, name, email, phone);
    }
}
