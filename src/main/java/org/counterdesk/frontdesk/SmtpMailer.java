package org.counterdesk.frontdesk;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends email with Jakarta Mail. Every wait has a limit (Jakarta Mail has none by default),
 * so a server that hangs costs the sender a few seconds, never the desk: {@code timeoutMillis}
 * bounds the connect, each read and each write.
 */
public record SmtpMailer(int timeoutMillis, Clock clock) implements MailTransport {

    @Override
    public void send(SmtpSettings server, String to, EmailText email) throws MailFailure {
        Session session = Session.getInstance(properties(server));
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(server.from(), "Front desk", StandardCharsets.UTF_8.name()));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            m.setText(email.body(), StandardCharsets.UTF_8.name());
            m.setSentDate(Date.from(clock.instant()));
            try (Transport t = session.getTransport(server.security() == SmtpSettings.Security.SSL ? "smtps" : "smtp")) {
                if (server.username() == null) {
                    // No login: with a null user Jakarta Mail would try the operating system's user name.
                    t.connect(server.host(), server.port(), null, null);
                } else {
                    t.connect(server.host(), server.port(), server.username(), server.password());
                }
                t.sendMessage(m, m.getAllRecipients());
            }
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw explain(server, e);
        }
    }

    private Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String timeout = Integer.toString(timeoutMillis);
        for (String protocol : new String[] {"smtp", "smtps"}) {
            String k = "mail." + protocol + ".";
            p.put(k + "host", s.host());
            p.put(k + "port", Integer.toString(s.port()));
            p.put(k + "connectiontimeout", timeout);
            p.put(k + "timeout", timeout);
            p.put(k + "writetimeout", timeout);
            p.put(k + "auth", Boolean.toString(s.username() != null));
        }
        if (s.security() == SmtpSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security() == SmtpSettings.Security.SSL) {
            p.put("mail.smtps.ssl.enable", "true");
        }
        return p;
    }

    private MailFailure explain(SmtpSettings s, Exception e) {
        String where = "the email server " + s.describe();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof SocketTimeoutException || root instanceof ConnectException
                    || root instanceof UnknownHostException) {
                break;
            }
        }
        if (root instanceof SocketTimeoutException) {
            return new MailFailure(where + " did not answer within " + (timeoutMillis >= 1000 ? timeoutMillis / 1000 + " s"
                    : timeoutMillis + " ms"), false, e);
        }
        if (root instanceof ConnectException) {
            return new MailFailure(where + " refused the connection (is it running?)", false, e);
        }
        if (root instanceof UnknownHostException) {
            return new MailFailure("there is no email server called " + s.host() + " (check the front desk settings)",
                    false, e);
        }
        if (e instanceof AuthenticationFailedException) {
            return new MailFailure(where + " refused the user name or password", false, e);
        }
        if (e instanceof SendFailedException) {
            return new MailFailure(where + " refused the address (" + firstLine(e.getMessage()) + ")", true, e);
        }
        return new MailFailure(where + " failed: " + firstLine(e.getMessage()), false, e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
