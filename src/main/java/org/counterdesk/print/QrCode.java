package org.counterdesk.print;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code drawn straight into the PDF as filled squares, so it stays sharp at any printer
 * resolution and needs no image. Runs of dark modules in a row become one rectangle, which
 * keeps the page small.
 */
public final class QrCode {

    /** Light modules around the code that scanners need to find it. */
    public static final int QUIET_ZONE = 4;

    private final ByteMatrix matrix;

    private QrCode(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    /** Encodes {@code text} with medium error correction (a crumpled receipt still scans). */
    public static QrCode of(String text) {
        try {
            return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", e);
        }
    }

    /** Side length in points, quiet zone included, for modules {@code module} points wide. */
    public float size(float module) {
        return (matrix.getWidth() + 2 * QUIET_ZONE) * module;
    }

    /** Draws the code with its quiet zone's top-left corner at ({@code x}, {@code top}). */
    public void draw(Ink ink, float x, float top, float module) throws IOException {
        float left = x + QUIET_ZONE * module;
        float upper = top + QUIET_ZONE * module;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
                    col++;
                }
                ink.addRect(left + start * module, upper + row * module, (col - start) * module, module);
            }
        }
        ink.fillPath(0);
    }

    /** A block of the flow holding the code, centred, with modules {@code module} points wide. */
    public void place(Flow flow, float module) {
        float side = size(module);
        flow.block(side, (ink, top) -> draw(ink, flow.left() + (flow.width() - side) / 2, top, module));
    }
}
