package org.counterdesk.enquiries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the enquiry tally: one row per enquiry, and the day's counts grouped three ways. */
record EnquiryDao(Handle h) {

    /** A count of one type by one channel (and, for the hourly rows, in one hour). */
    record Count(int hour, String type, String channel, int n) {
    }

    long insert(long terminalId, LocalDate date, int hour, String type, Channel channel, Instant at, long staffId) {
        return h.createUpdate("INSERT INTO enquiry (terminal_id, business_date, hour_of_day, enquiry_type, channel, "
                        + "recorded_at, recorded_by) VALUES (:terminal, :date, :hour, :type, :channel, :at, :by)")
                .bind("terminal", terminalId).bind("date", date).bind("hour", hour).bind("type", type)
                .bind("channel", channel.name()).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", staffId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The newest enquiry {@code staffId} recorded on this terminal at or after {@code since}. */
    Optional<Enquiries.Tally> lastBy(long staffId, long terminalId, Instant since) {
        return h.createQuery("SELECT id, enquiry_type, channel, recorded_at FROM enquiry "
                        + "WHERE recorded_by = :by AND terminal_id = :terminal AND recorded_at >= :since ORDER BY id DESC")
                .bind("by", staffId).bind("terminal", terminalId).bind("since", since.atOffset(ZoneOffset.UTC))
                .setMaxRows(1)
                .map((rs, ctx) -> new Enquiries.Tally(rs.getLong("id"), rs.getString("enquiry_type"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).findFirst();
    }

    /** Takes back a tap made in error (the tally holds counts, not records anyone relies on). */
    void delete(long id) {
        h.createUpdate("DELETE FROM enquiry WHERE id = :id").bind("id", id).execute();
    }

    /** Counts on {@code date} by hour, type and channel. */
    List<Count> byHourTypeChannel(LocalDate date) {
        return h.createQuery("SELECT hour_of_day, enquiry_type, channel, COUNT(*) AS n FROM enquiry "
                        + "WHERE business_date = :date GROUP BY hour_of_day, enquiry_type, channel "
                        + "ORDER BY hour_of_day, enquiry_type, channel")
                .bind("date", date)
                .map((rs, ctx) -> new Count(rs.getInt("hour_of_day"), rs.getString("enquiry_type"), rs.getString("channel"),
                        rs.getInt("n"))).list();
    }

    /** Counts on {@code date} by type and channel (hour left as -1). */
    List<Count> byTypeChannel(LocalDate date) {
        return h.createQuery("SELECT enquiry_type, channel, COUNT(*) AS n FROM enquiry WHERE business_date = :date "
                        + "GROUP BY enquiry_type, channel")
                .bind("date", date)
                .map((rs, ctx) -> new Count(-1, rs.getString("enquiry_type"), rs.getString("channel"), rs.getInt("n")))
                .list();
    }

    /** Counts on {@code date} by hour (type and channel left null). */
    List<Count> byHour(LocalDate date) {
        return h.createQuery("SELECT hour_of_day, COUNT(*) AS n FROM enquiry WHERE business_date = :date "
                        + "GROUP BY hour_of_day")
                .bind("date", date)
                .map((rs, ctx) -> new Count(rs.getInt("hour_of_day"), null, null, rs.getInt("n"))).list();
    }
}
