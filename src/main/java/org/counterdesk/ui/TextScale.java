package org.counterdesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text size from 100% to 150% in steps of 10 (Ctrl+plus, Ctrl+minus, Ctrl+0). The theme sizes
 * everything from the root's font size in em, but the app's own sheet gives some text sizes in
 * px (big figures, headings): every font size in it is scaled together, so a heading stays
 * bigger than the text under it at any size. Only font sizes change; the sheet is our own.
 */
public final class TextScale {

    public static final int NORMAL = 100;
    public static final int LARGEST = 150;
    static final int STEP = 10;

    private static final Pattern FONT_SIZE = Pattern.compile("(-fx-font-size:\\s*)(\\d+(?:\\.\\d+)?)px");

    private TextScale() {
    }

    /** The next size up, no more than 150%. */
    public static int bigger(int percent) {
        return within(percent + STEP);
    }

    /** The next size down, no less than 100%. */
    public static int smaller(int percent) {
        return within(percent - STEP);
    }

    /** {@code percent} brought to a step between 100% and 150%. */
    public static int within(int percent) {
        int stepped = Math.round(percent / (float) STEP) * STEP;
        return Math.max(NORMAL, Math.min(LARGEST, stepped));
    }

    /** {@code css} with every {@code -fx-font-size} in px multiplied by {@code percent}/100. */
    static String scale(String css, int percent) {
        Matcher m = FONT_SIZE.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double px = Double.parseDouble(m.group(2)) * percent / 100.0;
            String size = px == Math.rint(px) ? Long.toString((long) px) : String.format(java.util.Locale.ROOT, "%.1f", px);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + size + "px"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The style sheet at {@code sheet} at {@code percent}: itself at 100%, otherwise a scaled copy as a data URI. */
    static String stylesheet(URL sheet, int percent) {
        if (percent == NORMAL) {
            return sheet.toExternalForm();
        }
        try (InputStream in = sheet.openStream()) {
            String scaled = scale(new String(in.readAllBytes(), StandardCharsets.UTF_8), percent);
            return "data:text/css;base64," + Base64.getEncoder().encodeToString(scaled.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Counterdesk's own style sheet is unreadable", e);
        }
    }
}
