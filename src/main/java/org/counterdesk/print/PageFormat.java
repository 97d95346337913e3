package org.counterdesk.print;

/**
 * The paper a document is laid out for. A roll has no fixed height: each page is as long as
 * its content. Sizes are in PDF points (1/72 inch).
 *
 * @param fieldIndent where the value of a "label  value" row starts, from the left margin
 */
public record PageFormat(String name, float width, float height, float marginX, float marginTop, float marginBottom,
                         float bodySize, float fieldIndent, boolean roll) {

    public static final float POINTS_PER_MM = 72f / 25.4f;

    /** 80 mm thermal roll; such printers print about 72 mm wide, hence 4 mm side margins. */
    public static final PageFormat ROLL_80MM = new PageFormat("80 mm roll", mm(80), 0, mm(4), mm(4), mm(8),
            8.5f, 66, true);

    /** A4 portrait with 20 mm side margins, for mailed receipts and office documents. */
    public static final PageFormat A4 = new PageFormat("A4", mm(210), mm(297), mm(20), mm(16), mm(20),
            10f, 110, false);

    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    public float contentWidth() {
        return width - 2 * marginX;
    }
}
