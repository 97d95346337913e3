package org.counterdesk.enquiries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
public final class Enquiries {

    public static final Duration UNDO_WITHIN = Duration.ofMinutes(5);

    /** One recorded enquiry. */
    public record Tally(long id, String type, Channel channel, Instant at) {
    }

    private final Jdbi jdbi;
    private final CounterSetup counter;
    private final FrontDeskConfig config;
    private final Clock clock;

    public Enquiries(Jdbi jdbi, CounterSetup counter, FrontDeskConfig config, Clock clock) {
        this.jdbi = jdbi;
        this.counter = counter;
        this.config = config;
        this.clock = clock;
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
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(counter.organisation().timeZone());
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO enquiry (terminal_id, business_date, hour_of_day, "
                        + "enquiry_type, channel, recorded_at, recorded_by) VALUES (:terminal, :date, :hour, :type, :channel, "
                        + ":at, :by)")
                .bind("terminal", counter.terminal().id()).bind("date", local.toLocalDate()).bind("hour", local.getHour())
                .bind("type", type).bind("channel", ch.name()).bind("at", now.atOffset(ZoneOffset.UTC))
                .bind("by", actor.staff().id()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Tally(id, type, ch, now);
    }

    /** Takes back the last enquiry {@code actor} recorded, if it was within the last few minutes. */
    public Tally undoLast(Actor actor) {
        Instant since = clock.instant().minus(UNDO_WITHIN);
        Optional<Tally> last = jdbi.withHandle(h -> h.createQuery("SELECT id, enquiry_type, channel, recorded_at FROM enquiry "
                        + "WHERE recorded_by = :by AND terminal_id = :terminal AND recorded_at >= :since ORDER BY id DESC")
                .bind("by", actor.staff().id()).bind("terminal", counter.terminal().id())
                .bind("since", since.atOffset(ZoneOffset.UTC)).setMaxRows(1)
                .map((rs, ctx) -> new Tally(rs.getLong("id"), rs.getString("enquiry_type"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).findFirst());
        Tally t = last.orElseThrow(() -> new Refused("There is no enquiry of yours from the last "
                + UNDO_WITHIN.toMinutes() + " minutes to take back."));
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM enquiry WHERE id = :id").bind("id", t.id()).execute());
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
            h.createQuery("SELECT hour_of_day, enquiry_type, channel, COUNT(*) AS n FROM enquiry WHERE business_date = :date "
                            + "GROUP BY hour_of_day, enquiry_type, channel ORDER BY hour_of_day, enquiry_type, channel")
                    .bind("date", date)
                    .map((rs, ctx) -> new EnquiryStats.Row(rs.getInt("hour_of_day"), rs.getString("enquiry_type"),
                            Channel.valueOf(rs.getString("channel")), rs.getInt("n")))
                    .forEach(rows::add);
            h.createQuery("SELECT enquiry_type, channel, COUNT(*) AS n FROM enquiry WHERE business_date = :date "
                            + "GROUP BY enquiry_type, channel")
                    .bind("date", date)
                    .map((rs, ctx) -> new Object[] {rs.getString("enquiry_type"), rs.getString("channel"), rs.getInt("n")})
                    .forEach(row -> {
                        String type = (String) row[0];
                        if (!byType.containsKey(type)) {
                            types.add(type);
                            byType.put(type, new EnumMap<>(Channel.class));
                        }
                        byType.get(type).put(Channel.valueOf((String) row[1]), (Integer) row[2]);
                    });
            h.createQuery("SELECT hour_of_day, COUNT(*) AS n FROM enquiry WHERE business_date = :date GROUP BY hour_of_day")
                    .bind("date", date)
                    .map((rs, ctx) -> Map.entry(rs.getInt("hour_of_day"), rs.getInt("n")))
                    .forEach(e -> byHour.put(e.getKey(), e.getValue()));
        });
        return new EnquiryStats(date, types, byType, byHour, rows);
    }

    /** Today's counts. */
    public EnquiryStats today() {
        return stats(counter.businessDate());
    }
}
