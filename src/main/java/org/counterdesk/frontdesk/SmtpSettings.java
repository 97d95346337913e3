package org.counterdesk.frontdesk;

/**
 * The email server the desk sends notifications through. {@code username} may be null (a
 * relay that needs no login); the password is never journaled or logged.
 */
public record SmtpSettings(String host, int port, Security security, String from, String username, String password) {

    /** How the connection is protected. */
    public enum Security {
        NONE("None (plain SMTP, for a relay inside the network)"),
        STARTTLS("STARTTLS (usually port 587)"),
        SSL("SSL/TLS from the start (usually port 465)");

        private final String label;

        Security(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Without the password, so that a log line or a failure's message can never carry it. */
    @Override
    public String toString() {
        return "SmtpSettings[" + describe() + ", from " + from + ", user " + username
                + (password == null ? "" : ", password set") + "]";
    }

    /** "mail.council.vic.gov.au:587 (STARTTLS)" for screens and the journal. */
    public String describe() {
        return host + ":" + port + (security == Security.NONE ? "" : " (" + security.name() + ")");
    }
}
