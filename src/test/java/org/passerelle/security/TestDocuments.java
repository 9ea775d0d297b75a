package org.passerelle.security;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Real PDFs for upload tests, plain or with active content (pictures: {@code PhotoProcessorTest.image}). */
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

    private TestDocuments() {}
}
