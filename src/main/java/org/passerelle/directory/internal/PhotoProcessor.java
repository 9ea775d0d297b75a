package org.passerelle.directory.internal;

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
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.PhotoRejectedException;

/**
 * Turns an uploaded picture into a safe profile photo: the type is read from the content (not the name or the
 * declared type), sizes are checked before decoding (no decompression bombs), and the picture is redrawn and
 * re-encoded as a JPEG of at most 512 × 512 pixels — which leaves every piece of metadata (EXIF, GPS…) behind.
 */
public final class PhotoProcessor {

    public static final int MAX_BYTES = ExpertProfileService.MAX_PHOTO_BYTES;
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    static final int OUTPUT_SIDE = 512;
    private static final Set<String> FORMATS = Set.of("jpeg", "jpg", "png", "gif");

    private PhotoProcessor() {}

    public static byte[] process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new PhotoRejectedException("profile.photo.notImage");
        }
        if (upload.length > MAX_BYTES) {
            throw new PhotoRejectedException("profile.photo.tooBig");
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new PhotoRejectedException("profile.photo.notImage");
            }
            var reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new PhotoRejectedException("profile.photo.notImage");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0
                        || height <= 0
                        || width > MAX_SIDE
                        || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new PhotoRejectedException("profile.photo.tooLarge");
                }
                return encode(redraw(reader.read(0), width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRejectedException rejected) {
                throw rejected;
            }
            throw new PhotoRejectedException("profile.photo.notImage");
        }
    }

    private static BufferedImage redraw(BufferedImage image, int width, int height) {
        var scale = Math.min(1.0, (double) OUTPUT_SIDE / Math.max(width, height));
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
}
