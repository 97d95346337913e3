package org.counterdesk.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads documents back the way a person or a scanner would: their text, their QR code, their pages. */
public final class Pdfs {

    private Pdfs() {
    }

    /** All the text of the PDF, as PDFBox extracts it. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text of one page (counting from 1), as PDFBox extracts it. */
    public static String text(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc);
        }
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** The width and height of page 1 in points. */
    public static float[] pageSize(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }

    /** Renders page 1 as a scanner would see it and decodes the QR code on it. */
    public static String qrOnFirstPage(Path pdf) throws IOException, NotFoundException {
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        var hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE);
        return new MultiFormatReader().decode(bitmap, hints).getText();
    }

    /** Copies a made document into the samples folder (target/samples under Maven) for people to look at. */
    public static void keepSample(Path pdf, String name) throws IOException {
        Path folder = Path.of(System.getProperty("counterdesk.samples", "target/samples"));
        Files.createDirectories(folder);
        Files.copy(pdf, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
