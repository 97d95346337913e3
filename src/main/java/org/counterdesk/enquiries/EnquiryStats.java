package org.counterdesk.enquiries;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day's enquiries counted: by type and channel (a row per type), and by hour of the day.
 * {@code types} keeps the settings' order, with any type no longer listed after them.
 */
public record EnquiryStats(LocalDate date, List<String> types, Map<String, Map<Channel, Integer>> byTypeAndChannel,
                           Map<Integer, Integer> byHour, List<Row> rows) {

    /** The finest grain: how many enquiries of one type by one channel in one hour. */
    public record Row(int hour, String type, Channel channel, int count) {
    }

    public int count(String type, Channel channel) {
        return byTypeAndChannel.getOrDefault(type, Map.of()).getOrDefault(channel, 0);
    }

    public int ofType(String type) {
        return byTypeAndChannel.getOrDefault(type, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int ofChannel(Channel channel) {
        return types.stream().mapToInt(t -> count(t, channel)).sum();
    }

    public int total() {
        return byHour.values().stream().mapToInt(Integer::intValue).sum();
    }
}
