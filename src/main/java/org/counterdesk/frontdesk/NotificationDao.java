package org.counterdesk.frontdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the notification outbox. */
record NotificationDao(Handle h) {

    private static final String COLUMNS = "id, subject_type, subject_id, channel, host_id, unit_id, address, state, "
            + "attempts, next_attempt_at, last_error, created_at, done_at";

    long insert(String subjectType, long subjectId, Notification.Channel channel, ContactRef to, String address,
                NotificationState state, Instant at) {
        return h.createUpdate("INSERT INTO notification (subject_type, subject_id, channel, host_id, unit_id, address, "
                        + "state, attempts, next_attempt_at, created_at) VALUES (:type, :subject, :channel, :host, :unit, "
                        + ":address, :state, 0, :at, :at)")
                .bind("type", subjectType).bind("subject", subjectId).bind("channel", channel.name())
                .bind("host", to.hostId()).bind("unit", to.unitId()).bind("address", address)
                .bind("state", state.name()).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<Notification> byId(long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notification WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> notification(rs)).findOne();
    }

    /** The newest notification of each of {@code subjectIds}. */
    Map<Long, Notification> latestFor(String subjectType, Collection<Long> subjectIds) {
        Map<Long, Notification> out = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT " + COLUMNS + " FROM notification WHERE subject_type = :type AND subject_id IN (<ids>) "
                        + "ORDER BY id")
                .bind("type", subjectType).bindList("ids", List.copyOf(subjectIds))
                .map((rs, ctx) -> notification(rs)).forEach(n -> out.put(n.subjectId(), n));
        return out;
    }

    /** Email notifications whose next attempt is due, oldest first. */
    List<Notification> due(Instant now, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM notification WHERE state IN ('QUEUED', 'RETRYING') "
                        + "AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_attempt_at, id")
                .bind("now", utc(now)).setMaxRows(limit).map((rs, ctx) -> notification(rs)).list();
    }

    /**
     * Takes {@code id} for sending until {@code until}, unless another sender (another counter
     * on a shared database) took it first. True when this sender has it.
     */
    boolean lease(long id, Instant now, Instant until) {
        return h.createUpdate("UPDATE notification SET lease_until = :until WHERE id = :id "
                        + "AND state IN ('QUEUED', 'RETRYING') AND (lease_until IS NULL OR lease_until < :now)")
                .bind("until", utc(until)).bind("now", utc(now)).bind("id", id).execute() == 1;
    }

    void sent(long id, Instant at) {
        h.createUpdate("UPDATE notification SET state = 'SENT', attempts = attempts + 1, done_at = :at, "
                        + "lease_until = NULL, last_error = NULL WHERE id = :id")
                .bind("at", utc(at)).bind("id", id).execute();
    }

    void failed(long id, NotificationState state, String error, Instant nextAttempt) {
        h.createUpdate("UPDATE notification SET state = :state, attempts = attempts + 1, last_error = :error, "
                        + "next_attempt_at = :next, lease_until = NULL WHERE id = :id")
                .bind("state", state.name()).bind("error", error).bind("next", nextAttempt == null ? null : utc(nextAttempt))
                .bind("id", id).execute();
    }

    void toPhone(long id, String why) {
        h.createUpdate("UPDATE notification SET channel = 'PHONE', state = 'PHONE_DUE', last_error = :why, "
                        + "lease_until = NULL WHERE id = :id AND state IN ('QUEUED', 'RETRYING')")
                .bind("why", why).bind("id", id).execute();
    }

    /** Records the desk's phone call; false when the host had already been told. */
    boolean phoned(long id, long staffId, Instant at) {
        return h.createUpdate("UPDATE notification SET state = 'PHONED', done_at = :at, done_by = :by, lease_until = NULL "
                        + "WHERE id = :id AND state NOT IN ('SENT', 'PHONED')")
                .bind("at", utc(at)).bind("by", staffId).bind("id", id).execute() == 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        long host = rs.getLong("host_id");
        Long hostId = rs.wasNull() ? null : host;
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new Notification(rs.getLong("id"), rs.getString("subject_type"), rs.getLong("subject_id"),
                Notification.Channel.valueOf(rs.getString("channel")), ContactRef.fromColumns(hostId, unitId),
                rs.getString("address"), NotificationState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "done_at"));
    }
}
