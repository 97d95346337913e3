package org.counterdesk.frontdesk;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Handle;

/** SQL for the front desk settings, kept as named values in the {@code setting} table. */
record FrontDeskSettingsDao(Handle h) {

    static final String PREFIX = "frontdesk.";
    static final String SMTP_HOST = PREFIX + "smtp.host";
    static final String SMTP_PORT = PREFIX + "smtp.port";
    static final String SMTP_SECURITY = PREFIX + "smtp.security";
    static final String SMTP_FROM = PREFIX + "smtp.from";
    static final String SMTP_USER = PREFIX + "smtp.username";
    static final String SMTP_PASSWORD = PREFIX + "smtp.password";
    static final String CLOSE = PREFIX + "closeOfBusiness";
    static final String RETENTION = PREFIX + "retentionDays";
    static final String ENQUIRY_TYPES = PREFIX + "enquiryTypes";
    static final String BADGES = PREFIX + "badges";
    static final String BADGE_PRINTER = PREFIX + "badgePrinter";
    static final String RETENTION_LAST_RUN = PREFIX + "retention.lastRun";

    FrontDeskSettings read() {
        Map<String, String> v = new HashMap<>();
        h.createQuery("SELECT name, setting_value FROM setting WHERE name LIKE :prefix")
                .bind("prefix", PREFIX + "%")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("setting_value")))
                .forEach(e -> v.put(e.getKey(), e.getValue()));
        Optional<SmtpSettings> smtp = Optional.ofNullable(blank(v.get(SMTP_HOST))).map(host -> new SmtpSettings(host,
                number(v.get(SMTP_PORT), 25), security(v.get(SMTP_SECURITY)), v.getOrDefault(SMTP_FROM, ""),
                blank(v.get(SMTP_USER)), blank(v.get(SMTP_PASSWORD))));
        LocalTime close = FrontDeskSettings.DEFAULT_CLOSE;
        try {
            close = v.containsKey(CLOSE) ? LocalTime.parse(v.get(CLOSE)) : close;
        } catch (DateTimeParseException ignored) {
            // A stored value is always written by save(); fall back rather than stop the desk.
        }
        List<String> types = v.containsKey(ENQUIRY_TYPES)
                ? Arrays.stream(v.get(ENQUIRY_TYPES).split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : FrontDeskSettings.DEFAULT_ENQUIRY_TYPES;
        return new FrontDeskSettings(smtp, close, number(v.get(RETENTION), FrontDeskSettings.DEFAULT_RETENTION_DAYS),
                types.isEmpty() ? FrontDeskSettings.DEFAULT_ENQUIRY_TYPES : types,
                BadgeRange.parse(v.get(BADGES)).orElse(BadgeRange.DEFAULT), Optional.ofNullable(blank(v.get(BADGE_PRINTER))));
    }

    void write(FrontDeskSettings s) {
        SettingDao dao = new SettingDao(h);
        SmtpSettings smtp = s.smtp().orElse(null);
        dao.put(SMTP_HOST, smtp == null ? "" : smtp.host());
        dao.put(SMTP_PORT, smtp == null ? "" : Integer.toString(smtp.port()));
        dao.put(SMTP_SECURITY, smtp == null ? "" : smtp.security().name());
        dao.put(SMTP_FROM, smtp == null ? "" : smtp.from());
        dao.put(SMTP_USER, smtp == null || smtp.username() == null ? "" : smtp.username());
        dao.put(SMTP_PASSWORD, smtp == null || smtp.password() == null ? "" : smtp.password());
        dao.put(CLOSE, s.closeOfBusiness().toString());
        dao.put(RETENTION, Integer.toString(s.retentionDays()));
        dao.put(ENQUIRY_TYPES, String.join("\n", s.enquiryTypes()));
        dao.put(BADGES, s.badges().toString());
        dao.put(BADGE_PRINTER, s.badgePrinter().orElse(""));
    }

    Optional<String> get(String name) {
        return new SettingDao(h).get(name);
    }

    void put(String name, String value) {
        new SettingDao(h).put(name, value);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null || s.isBlank() ? otherwise : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static SmtpSettings.Security security(String s) {
        try {
            return s == null || s.isBlank() ? SmtpSettings.Security.NONE : SmtpSettings.Security.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            return SmtpSettings.Security.NONE;
        }
    }
}
