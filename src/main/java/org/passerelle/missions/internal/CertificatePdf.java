package org.passerelle.missions.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.passerelle.missions.MissionDetails;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a mission certificate as a one-page PDF (OpenPDF), in the expert's language, with the Liberation fonts
 * embedded (Latin, Greek and Cyrillic scripts; nothing is fetched from the network).
 */
@Component
public class CertificatePdf {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] draw(
            MissionDetails mission,
            String expertName,
            String countryName,
            String reference,
            LocalDate issued,
            Locale language) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("certificate.title", language));
            document.addCreator("Passerelle");
            document.open();
            var regular = BaseFont.createFont(REGULAR, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            var bold = BaseFont.createFont(BOLD, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
            document.add(centred(text("certificate.title", language), new Font(bold, 30)));
            document.add(centred(text("certificate.certifies", language), new Font(regular, 14)));
            document.add(centred(expertName, new Font(bold, 24)));
            document.add(centred(text("certificate.tookPart", language), new Font(regular, 14)));
            document.add(centred(text("certificate.missionTitle", language, mission.title()), new Font(bold, 18)));
            document.add(centred(
                    text("certificate.hostedBy", language, mission.institutionName(), countryName),
                    new Font(regular, 14)));
            document.add(centred(
                    text(
                            "certificate.period",
                            language,
                            dates.format(mission.startDate()),
                            dates.format(mission.endDate()),
                            mission.durationWeeks()),
                    new Font(regular, 14)));
            document.add(centred(
                    text("certificate.issued", language, dates.format(issued), reference), new Font(regular, 10)));
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(14);
        return paragraph;
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
