package org.passerelle.shared;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Makes an uploaded picture safe to keep and to show: the type is read from the content (not the name or the declared
 * type), the size is read from the header before decoding (no decompression bombs, no huge pixel dimensions), and
 * the picture is redrawn and re-encoded as a JPEG — which leaves every piece of metadata (EXIF, GPS, comments) and
 * anything appended to the file behind. Used for profile photos and for institutions' evidence documents.
 */
public final class Images {

    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "jpg", "png", "gif");

    /** Why a picture was refused. */
    public enum Problem {
        /** Not a JPEG, PNG or GIF that decodes (an SVG, HTML, a truncated file…). */
        NOT_AN_IMAGE,
        /** More than 10,000 pixels a side or 40 million pixels in all. */
        TOO_LARGE
    }

    /** A refused picture. */
    public static final class Rejected extends RuntimeException {
        private final Problem problem;

        Rejected(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** The picture redrawn as a JPEG at most {@code maxSide} pixels a side; {@link Rejected} if it is not safe to. */
    public static byte[] reencode(byte[] upload, int maxSide) {
        if (upload == null || upload.length == 0) {
            throw new Rejected(Problem.NOT_AN_IMAGE);
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new Rejected(Problem.NOT_AN_IMAGE);
            }
            var reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new Rejected(Problem.NOT_AN_IMAGE);
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0
                        || height <= 0
                        || width > MAX_SIDE
                        || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new Rejected(Problem.TOO_LARGE);
                }
                return encode(redraw(reader.read(0), width, height, maxSide));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Rejected rejected) {
                throw rejected;
            }
            throw new Rejected(Problem.NOT_AN_IMAGE);
        }
    }

    private static BufferedImage redraw(BufferedImage image, int width, int height, int maxSide) {
        var scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        var result = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var graphics = result.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, w, h);
            graphics.drawImage(image, 0, 0, w, h, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private Images() {}
}
