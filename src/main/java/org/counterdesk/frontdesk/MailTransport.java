package org.counterdesk.frontdesk;

/** Sends one email through an SMTP server. */
public interface MailTransport {

    void send(SmtpSettings server, String to, EmailText email) throws MailFailure;
}
