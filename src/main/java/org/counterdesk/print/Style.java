package org.counterdesk.print;

/**
 * How a piece of text looks: bold or not, and its size as a multiple of the page format's
 * body size, so one document's code serves the 80 mm roll and A4 alike.
 */
public record Style(boolean bold, float scale) {

    public static final Style BODY = new Style(false, 1f);
    public static final Style STRONG = new Style(true, 1f);
    public static final Style SMALL = new Style(false, 0.86f);
    public static final Style SMALL_STRONG = new Style(true, 0.86f);
    public static final Style HEADING = new Style(true, 1.2f);
    public static final Style TOTAL = new Style(true, 1.4f);
    public static final Style TITLE = new Style(true, 1.75f);

    public Style larger(float factor) {
        return new Style(bold, scale * factor);
    }
}
