package org.passerelle.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Real documents for upload tests: PDFs (plain or with active content) and pictures. */
public final class TestDocuments {

    /** A one-page PDF with this text. */
    public static byte[] pdf(String text) {
        return pdf(text, writer -> {});
    }

    /** A one-page PDF, the writer first prepared (to add scripts, actions…). */
    public static byte[] pdf(String text, Consumer<PdfWriter> prepare) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        var writer = PdfWriter.getInstance(document, out);
        document.open();
        prepare.accept(writer);
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A picture in this format ("png", "jpeg"), plain grey. */
    public static byte[] image(String format, int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private TestDocuments() {}
}
