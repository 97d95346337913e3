package org.counterdesk.frontdesk;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads and changes the front desk settings. Settings are read afresh each time they are
 * needed, so a change applies at once; each change is journaled as SETTING_CHANGED (the SMTP
 * password only as "changed", never its value).
 */
public record FrontDeskConfig(Jdbi jdbi, Journal journal) {

    /** What the settings screen collects, as typed. A blank password keeps the stored one. */
    public record Form(String smtpHost, String smtpPort, SmtpSettings.Security security, String from, String username,
                       String password, String closeOfBusiness, String retentionDays, String enquiryTypes,
                       String badges, String badgePrinter) {
    }

    public FrontDeskSettings settings() {
        return jdbi.withHandle(h -> new FrontDeskSettingsDao(h).read());
    }

    /** Checks the whole form, then saves it (administrators only). */
    public FrontDeskSettings save(Actor actor, Form form) {
        actor.require(Role.ADMINISTRATOR, "change the front desk settings");
        FrontDeskSettings current = settings();
        FrontDeskSettings next = new FrontDeskSettings(smtp(form, current), close(form.closeOfBusiness()),
                retention(form.retentionDays()), enquiryTypes(form.enquiryTypes()), badges(form.badges()),
                Optional.ofNullable(Texts.optional("badgePrinter", "badge printer", form.badgePrinter(), 120)));
        boolean passwordChanged = form.password() != null && !form.password().isEmpty();
        jdbi.useTransaction(h -> {
            new FrontDeskSettingsDao(h).write(next);
            SmtpSettings s = next.smtp().orElse(null);
            journal.append(h, JournalEvent.of("SETTING_CHANGED", actor.staffNumber(), actor.terminalCode(), "setting",
                            "frontdesk")
                    .with("smtp", s == null ? "none (tell hosts by phone)" : s.describe())
                    .with("smtpFrom", s == null ? "" : s.from())
                    .with("smtpUsername", s == null || s.username() == null ? "" : s.username())
                    .with("smtpPasswordChanged", passwordChanged)
                    .with("closeOfBusiness", next.closeOfBusiness().toString())
                    .with("retentionDays", next.retentionDays())
                    .with("enquiryTypes", String.join(", ", next.enquiryTypes()))
                    .with("badges", next.badges().toString())
                    .with("badgePrinter", next.badgePrinter().orElse("")));
        });
        return next;
    }

    private static Optional<SmtpSettings> smtp(Form f, FrontDeskSettings current) {
        String host = Texts.optional("smtpHost", "email server", f.smtpHost(), 200);
        if (host == null) {
            return Optional.empty();
        }
        if (!host.matches("[A-Za-z0-9.-]+") || host.startsWith(".") || host.endsWith(".")) {
            throw new Refused("smtpHost", "The email server is a host name like mail.council.vic.gov.au (no spaces).");
        }
        String portText = f.smtpPort() == null ? "" : f.smtpPort().strip();
        if (!portText.matches("\\d{1,5}") || Integer.parseInt(portText) < 1 || Integer.parseInt(portText) > 65535) {
            throw new Refused("smtpPort", "The port is a number from 1 to 65535 (usually 25, 465 or 587).");
        }
        String from = f.from() == null ? "" : f.from().strip();
        EmailAddresses.problem(from).ifPresent(p -> {
            throw new Refused("from", p);
        });
        String user = Texts.optional("username", "user name", f.username(), 200);
        String password = f.password() == null || f.password().isEmpty()
                ? current.smtp().map(SmtpSettings::password).orElse(null) : f.password();
        if (user != null && (password == null || password.isEmpty())) {
            throw new Refused("password", "Enter the password for " + user + ".");
        }
        SmtpSettings.Security security = f.security() == null ? SmtpSettings.Security.NONE : f.security();
        return Optional.of(new SmtpSettings(host, Integer.parseInt(portText), security, from, user,
                user == null ? null : password));
    }

    private static LocalTime close(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(".", ":");
        try {
            LocalTime time;
            if (t.endsWith("pm") || t.endsWith("am")) {
                String[] hm = t.substring(0, t.length() - 2).strip().split(":");
                int hour = Integer.parseInt(hm[0]) % 12 + (t.endsWith("pm") ? 12 : 0);
                time = LocalTime.of(hour, hm.length > 1 ? Integer.parseInt(hm[1]) : 0);
            } else {
                time = LocalTime.parse(t.length() == 4 ? "0" + t : t);
            }
            if (time.isBefore(LocalTime.of(12, 0))) {
                throw new Refused("closeOfBusiness", "Close of business must be in the afternoon or evening (like 17:30); "
                        + "visitors still in then are signed out.");
            }
            return time;
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new Refused("closeOfBusiness", "Type a time like 17:30 or 5:30 pm.");
        }
    }

    private static int retention(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > 3650) {
            throw new Refused("retentionDays", "Keep visitors' details for 1 to 3650 days (90 is usual).");
        }
        return Integer.parseInt(t);
    }

    private static List<String> enquiryTypes(String text) {
        List<String> types = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : Arrays.asList((text == null ? "" : text).split("[\n,]"))) {
            String type = Texts.optional("enquiryTypes", "enquiry type", line, 24);
            if (type == null) {
                continue;
            }
            if (!seen.add(type.toLowerCase(Locale.ROOT))) {
                throw new Refused("enquiryTypes", "\"" + type + "\" is listed twice.");
            }
            types.add(type);
        }
        if (types.isEmpty() || types.size() > FrontDeskSettings.MOST_ENQUIRY_TYPES) {
            throw new Refused("enquiryTypes", "List 1 to " + FrontDeskSettings.MOST_ENQUIRY_TYPES
                    + " enquiry types, one a line (keys 1 to " + FrontDeskSettings.MOST_ENQUIRY_TYPES + " record them).");
        }
        return types;
    }

    private static BadgeRange badges(String text) {
        return BadgeRange.parse(text).orElseThrow(() -> new Refused("badges",
                "Type the badge numbers the desk holds as a range like 1-50 (up to " + BadgeRange.HIGHEST + ")."));
    }
}
