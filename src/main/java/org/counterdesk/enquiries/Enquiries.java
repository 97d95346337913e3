package org.counterdesk.enquiries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Jdbi;

/**
 * The enquiry tally: one row per enquiry (type, channel, local hour), counted per day for the
 * statistics report. Holds no personal details. A tap made in error can be taken back by the
 * person who made it within {@link #UNDO_WITHIN}.
 */
public record Enquiries(Jdbi jdbi, CounterSetup counter, FrontDeskConfig config, Clock clock) {

    public static final Duration UNDO_WITHIN = Duration.ofMinutes(5);

    /** One recorded enquiry. */
    public record Tally(long id, String type, Channel channel, Instant at) {
    }

    /** The types on the tally, in the order of their number keys. */
    public List<String> types() {
        return config.settings().enquiryTypes();
    }

    /** Records one enquiry of {@code type} by {@code channel}. */
    public Tally record(Actor actor, String type, Channel channel) {
        if (type == null || !types().contains(type)) {
            throw new Refused("type", "\"" + type + "\" is not one of the enquiry types: choose one of " + types() + ".");
        }
        Channel ch = channel == null ? Channel.COUNTER : channel;
        ZonedDateTime local = counter.now();
        Instant now = local.toInstant();
        long id = jdbi.withHandle(h -> new EnquiryDao(h).insert(counter.terminal().id(), local.toLocalDate(),
                local.getHour(), type, ch, now, actor.staff().id()));
        return new Tally(id, type, ch, now);
    }

    /** Takes back the last enquiry {@code actor} recorded, if it was within the last few minutes. */
    public Tally undoLast(Actor actor) {
        Instant since = clock.instant().minus(UNDO_WITHIN);
        Optional<Tally> last = jdbi.withHandle(h -> new EnquiryDao(h).lastBy(actor.staff().id(),
                counter.terminal().id(), since));
        Tally t = last.orElseThrow(() -> new Refused("There is no enquiry of yours from the last "
                + UNDO_WITHIN.toMinutes() + " minutes to take back."));
        jdbi.useHandle(h -> new EnquiryDao(h).delete(t.id()));
        return t;
    }

    /** The counts for {@code date} (all terminals). */
    public EnquiryStats stats(LocalDate date) {
        Map<String, Map<Channel, Integer>> byType = new LinkedHashMap<>();
        List<String> types = new ArrayList<>(types());
        types.forEach(t -> byType.put(t, new EnumMap<>(Channel.class)));
        Map<Integer, Integer> byHour = new TreeMap<>();
        List<EnquiryStats.Row> rows = new ArrayList<>();
        jdbi.useHandle(h -> {
            EnquiryDao dao = new EnquiryDao(h);
            dao.byHourTypeChannel(date).forEach(c -> rows.add(new EnquiryStats.Row(c.hour(), c.type(),
                    Channel.valueOf(c.channel()), c.n())));
            for (EnquiryDao.Count c : dao.byTypeChannel(date)) {
                if (!byType.containsKey(c.type())) {
                    types.add(c.type());
                    byType.put(c.type(), new EnumMap<>(Channel.class));
                }
                byType.get(c.type()).put(Channel.valueOf(c.channel()), c.n());
            }
            dao.byHour(date).forEach(c -> byHour.put(c.hour(), c.n()));
        });
        return new EnquiryStats(date, types, byType, byHour, rows);
    }

    /** Today's counts: the calendar date, which closing the cashiers' day does not move. */
    public EnquiryStats today() {
        return stats(counter.deskDate());
    }
}
