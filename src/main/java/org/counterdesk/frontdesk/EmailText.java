package org.counterdesk.frontdesk;

/** A plain-text email: its subject line and body. */
public record EmailText(String subject, String body) {
}
