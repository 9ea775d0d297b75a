package org.passerelle.institutions.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.passerelle.shared.Images;
import org.passerelle.shared.RefusedException;

/**
 * Accepts an evidence document only if its content (not its name) is a PDF, a JPEG or a PNG, of at most
 * {@link #MAX_BYTES}. A PDF must open and carry no active content (scripts, actions run on opening, launches, forms
 * that submit, embedded files, Flash or XFA); a picture is redrawn as a JPEG without its metadata ({@link Images}).
 */
public final class EvidenceCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Scanned pages stay legible at this size. */
    static final int MAX_IMAGE_SIDE = 4000;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Dictionary keys that make a PDF do something when it is opened or used. */
    private static final Set<PdfName> ACTIVE_KEYS = Set.of(
            new PdfName("JS"),
            new PdfName("JavaScript"),
            new PdfName("OpenAction"),
            new PdfName("AA"),
            new PdfName("XFA"),
            new PdfName("EmbeddedFiles"),
            new PdfName("EmbeddedFile"),
            new PdfName("RichMedia"));

    /** Actions that run code or reach outside the document. */
    private static final Set<PdfName> ACTIVE_ACTIONS = Set.of(
            new PdfName("JavaScript"),
            new PdfName("Launch"),
            new PdfName("SubmitForm"),
            new PdfName("ImportData"),
            new PdfName("GoToR"),
            new PdfName("GoToE"),
            new PdfName("RichMediaExecute"));

    /** A document as it will be kept: its content type and content (a picture redrawn). */
    public record Checked(String contentType, byte[] content) {}

    /** The document to keep; refused (with the reason's message key) if it is not an acceptable one. */
    public static Checked check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RefusedException("institution.evidence.type");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedException("institution.evidence.tooBig");
        }
        if (startsWith(content, PDF)) {
            checkPdf(content);
            return new Checked("application/pdf", content);
        }
        if (startsWith(content, JPEG) || startsWith(content, PNG)) {
            try {
                return new Checked("image/jpeg", Images.reencode(content, MAX_IMAGE_SIDE));
            } catch (Images.Rejected rejected) {
                throw new RefusedException(
                        rejected.problem() == Images.Problem.TOO_LARGE
                                ? "institution.evidence.tooLarge"
                                : "institution.evidence.type");
            }
        }
        throw new RefusedException("institution.evidence.type");
    }

    private static void checkPdf(byte[] content) {
        PdfReader reader;
        try {
            reader = new PdfReader(content);
        } catch (IOException | RuntimeException unreadable) {
            throw new RefusedException("institution.evidence.type");
        }
        try {
            if (reader.isEncrypted()) {
                throw new RefusedException("institution.evidence.active");
            }
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PdfDictionary dictionary && active(dictionary)) {
                    throw new RefusedException("institution.evidence.active");
                }
            }
        } finally {
            reader.close();
        }
    }

    private static boolean active(PdfDictionary dictionary) {
        for (var key : dictionary.getKeys()) {
            if (ACTIVE_KEYS.contains(key)) {
                return true;
            }
        }
        return dictionary.get(PdfName.S) instanceof PdfName action && ACTIVE_ACTIONS.contains(action);
    }

    /** A file name safe to show and to send back in a download: letters, digits, dots, dashes; at most 100. */
    public static String safeName(String fileName, String contentType) {
        var base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (base.isBlank() || base.chars().allMatch(c -> c == '_' || c == '.')) {
            base = "evidence";
        }
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        var extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private EvidenceCheck() {}
}
