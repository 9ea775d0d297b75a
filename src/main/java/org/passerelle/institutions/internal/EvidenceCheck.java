package org.passerelle.institutions.internal;

import java.util.Arrays;
import org.passerelle.shared.RefusedException;

/**
 * Accepts an evidence document only if its content (not its name) is a PDF, a JPEG or a PNG, of at most
 * {@link #MAX_BYTES}; gives the content type to serve it with.
 */
public final class EvidenceCheck {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The content type of an acceptable document; refused otherwise. */
    public static String contentType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RefusedException("institution.evidence.type");
        }
        if (content.length > MAX_BYTES) {
            throw new RefusedException("institution.evidence.tooBig");
        }
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        throw new RefusedException("institution.evidence.type");
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
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private EvidenceCheck() {}
}
