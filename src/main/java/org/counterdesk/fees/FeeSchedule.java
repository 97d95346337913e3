package org.counterdesk.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.counterdesk.organisation.Organisation;

/**
 * A fee schedule as read from a file: the fees, the date they take effect, and (when the file
 * carries one) the organisation block.
 */
public record FeeSchedule(Optional<Organisation> organisation, LocalDate effectiveFrom, List<Fee> fees) {

    public FeeSchedule {
        fees = List.copyOf(fees);
    }

    public Optional<Fee> byCode(String code) {
        return fees.stream().filter(f -> f.code().equalsIgnoreCase(code)).findFirst();
    }
}
