package org.counterdesk.frontdesk;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * How the front desk works at this site: the email server (none means hosts are told by
 * phone), close of business (visitors still in are then signed out), how long visitors'
 * personal details are kept, the enquiry types on the tally, the badges held, and the printer
 * that takes visitor badges (none: the print settings' printer).
 */
public record FrontDeskSettings(Optional<SmtpSettings> smtp, LocalTime closeOfBusiness, int retentionDays,
                                List<String> enquiryTypes, BadgeRange badges, Optional<String> badgePrinter) {

    public static final LocalTime DEFAULT_CLOSE = LocalTime.of(17, 30);
    public static final int DEFAULT_RETENTION_DAYS = 90;
    public static final List<String> DEFAULT_ENQUIRY_TYPES = List.of("Rates", "Animals", "Planning", "Waste", "Parking",
            "Payments", "Other");
    public static final int MOST_ENQUIRY_TYPES = 9;

    public static final FrontDeskSettings DEFAULT = new FrontDeskSettings(Optional.empty(), DEFAULT_CLOSE,
            DEFAULT_RETENTION_DAYS, DEFAULT_ENQUIRY_TYPES, BadgeRange.DEFAULT, Optional.empty());

    public FrontDeskSettings {
        enquiryTypes = List.copyOf(enquiryTypes);
    }

    public boolean emailConfigured() {
        return smtp.isPresent();
    }
}
