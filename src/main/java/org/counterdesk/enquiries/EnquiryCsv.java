package org.counterdesk.enquiries;

import java.nio.charset.StandardCharsets;

/**
 * The day's enquiries for spreadsheets: one row per hour, type and channel with its count
 * (ready for a pivot table), UTF-8 with a byte order mark so that Excel reads it as UTF-8.
 */
final class EnquiryCsv {

    private EnquiryCsv() {
    }

    static byte[] of(EnquiryStats stats) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("date,hour,type,channel,count\r\n");
        for (EnquiryStats.Row r : stats.rows()) {
            out.append(stats.date()).append(',').append(String.format("%02d:00", r.hour())).append(',')
                    .append(field(r.type())).append(',').append(r.channel().label()).append(',').append(r.count())
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes a field when it holds a comma, quote or line break, and defuses a leading formula character. */
    static String field(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
