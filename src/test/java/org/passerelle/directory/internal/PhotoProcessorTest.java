package org.passerelle.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.passerelle.directory.PhotoRejectedException;

public class PhotoProcessorTest {

    public static byte[] image(String format, int width, int height, int type) throws IOException {
        var image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static String reason(byte[] bytes) {
        try {
            PhotoProcessor.process(bytes);
            return "accepted";
        } catch (PhotoRejectedException e) {
            return e.messageKey();
        }
    }

    @Test
    void aPictureIsResizedAndReencodedAsJpeg() throws IOException {
        var result = PhotoProcessor.process(image("png", 1200, 600, BufferedImage.TYPE_INT_ARGB));
        var decoded = ImageIO.read(new ByteArrayInputStream(result));
        assertThat(decoded.getWidth()).isEqualTo(512);
        assertThat(decoded.getHeight()).isEqualTo(256);
        assertThat(result[0]).isEqualTo((byte) 0xFF);
        assertThat(result[1]).isEqualTo((byte) 0xD8);
    }

    @Test
    void metadataIsLeftBehind() throws IOException {
        var jpeg = image("jpeg", 300, 200, BufferedImage.TYPE_INT_RGB);
        var exif = "Exif\0\0GPS 12.6392N 8.0029W secret-location".getBytes(StandardCharsets.ISO_8859_1);
        var withExif = ByteBuffer.allocate(jpeg.length + exif.length + 4)
                .put(jpeg, 0, 2)
                .put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (exif.length + 2))
                .put(exif)
                .put(jpeg, 2, jpeg.length - 2)
                .array();
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("secret-location");
        var result = PhotoProcessor.process(withExif);
        assertThat(new String(result, StandardCharsets.ISO_8859_1))
                .doesNotContain("secret-location")
                .doesNotContain("Exif");
    }

    @Test
    void whatIsNotAPictureIsRefused() {
        assertThat(reason(new byte[0])).isEqualTo("profile.photo.notImage");
        assertThat(reason("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("profile.photo.notImage");
        assertThat(reason(("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
                        .getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("profile.photo.notImage");
        var truncated = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(reason(truncated)).isEqualTo("profile.photo.notImage");
    }

    @Test
    void hugeFilesAndHugeDimensionsAreRefusedBeforeDecoding() {
        assertThat(reason(new byte[PhotoProcessor.MAX_BYTES + 1])).isEqualTo("profile.photo.tooBig");
        assertThat(reason(pngHeader(50_000, 50_000))).isEqualTo("profile.photo.tooLarge");
        assertThat(reason(pngHeader(9_000, 9_000))).isEqualTo("profile.photo.tooLarge");
    }

    /** A PNG that declares the given size (a decompression bomb's header) with no real pixels. */
    public static byte[] pngHeader(int width, int height) {
        var ihdr = ByteBuffer.allocate(17)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        var crc = new CRC32();
        crc.update(ihdr);
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13)
                .put(ihdr)
                .putInt((int) crc.getValue())
                .putInt(0)
                .put("IEND".getBytes(StandardCharsets.US_ASCII))
                .putInt(0xAE426082)
                .array();
    }
}
