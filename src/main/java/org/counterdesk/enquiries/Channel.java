package org.counterdesk.enquiries;

/** How an enquiry reached the desk. */
public enum Channel {
    COUNTER("Counter"), PHONE("Phone"), EMAIL("Email"), WEBCHAT("Webchat");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
