package org.counterdesk.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width: at spaces where it can, inside a word where it must. */
public final class Wrap {

    private Wrap() {
    }

    /**
     * The width of {@code text} (already printable) in points. The fonts are in memory, so
     * a read failure here means a broken installation, hence unchecked.
     */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("could not measure text in " + font.getName(), e);
        }
    }

    /** The lines of {@code text} (already printable) no wider than {@code width}; never empty. */
    public static List<String> lines(PDFont font, float size, float width, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int fit = fitting(font, size, width, rest);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** How many leading characters of {@code word} fit (at least one, so wrapping always advances). */
    private static int fitting(PDFont font, float size, float width, String word) {
        int fit = word.offsetByCodePoints(0, 1);
        while (fit < word.length()) {
            int next = word.offsetByCodePoints(fit, 1);
            if (width(font, size, word.substring(0, next)) > width) {
                break;
            }
            fit = next;
        }
        return fit;
    }
}
