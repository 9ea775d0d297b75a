package org.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfAction;
import org.passerelle.IntegrationTest;
import org.passerelle.TestUsers;
import org.passerelle.accounts.Role;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.PhotoRejectedException;
import org.passerelle.directory.internal.PhotoProcessorTest;
import org.passerelle.institutions.InstitutionMembershipService;
import org.passerelle.institutions.InstitutionReviewService;
import org.passerelle.institutions.InstitutionService;
import org.passerelle.missions.MissionFixtures;
import org.passerelle.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both uploads (an expert's photo, an institution's evidence document) against hostile files, through the services:
 * over-size files, HTML disguised as a picture, SVG with a script, decompression bombs, huge pixel dimensions, PDFs
 * with scripts or actions — each refused with its message, nothing stored. What is accepted is re-encoded without its
 * metadata. Storage per user is bounded: one photo per expert and one document per institution, each new upload
 * replacing the last.
 */
@IntegrationTest
class UploadsIT {

    private static final byte[] HTML_AS_JPEG = concat(
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    private static final byte[] HTML_AS_PNG = concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "<html><body onload=alert(1)></html>".getBytes(StandardCharsets.UTF_8));
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestUsers users;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    MissionFixtures missionFixtures;

    @Autowired
    InstitutionService institutions;

    @Autowired
    InstitutionMembershipService membership;

    @Autowired
    InstitutionReviewService review;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void hostilePhotosAreRefusedWithTheirReasonAndNothingIsStored() throws Exception {
        users.signIn(users.active("Upload expert", Role.EXPERT));
        var id = profiles.myProfileId();
        assertThat(photoRefusal(new byte[ExpertProfileService.MAX_PHOTO_BYTES + 1]))
                .isEqualTo("profile.photo.tooBig");
        assertThat(photoRefusal(HTML_AS_JPEG)).isEqualTo("profile.photo.notImage");
        assertThat(photoRefusal(HTML_AS_PNG)).isEqualTo("profile.photo.notImage");
        assertThat(photoRefusal(SVG)).isEqualTo("profile.photo.notImage");
        assertThat(photoRefusal(pngDeclaring(60_000, 60_000)))
                .as("decompression bomb")
                .isEqualTo("profile.photo.tooLarge");
        assertThat(photoRefusal(pngDeclaring(20_000, 100))).as("huge side").isEqualTo("profile.photo.tooLarge");
        assertThat(profiles.photo(id)).isEmpty();
    }

    @Test
    void aPhotoIsReencodedWithoutMetadataAndReplacesTheLastOne() throws Exception {
        users.signIn(users.active("Upload photographer", Role.EXPERT));
        var id = profiles.myProfileId();
        var withComment = concat(
                PhotoProcessorTest.image("jpeg", 800, 600, BufferedImage.TYPE_INT_RGB),
                "GPS 14.69N 17.44W".getBytes(StandardCharsets.UTF_8));
        profiles.uploadMyPhoto(withComment);
        var stored = profiles.photo(id).orElseThrow();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        var picture = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(Math.max(picture.getWidth(), picture.getHeight())).isEqualTo(512);
        profiles.uploadMyPhoto(PhotoProcessorTest.image("png", 300, 300, BufferedImage.TYPE_INT_RGB));
        assertThat(profiles.photo(id).orElseThrow()).as("replaced, not added").isNotEqualTo(stored);
    }

    @Test
    void hostileEvidenceIsRefusedWithItsReasonAndAcceptedPicturesAreReencoded() throws Exception {
        missionFixtures.representative("Upload rep", false);
        var institutionId = institutions.mine().orElseThrow().id();
        assertThat(evidenceRefusal(new byte[5 * 1024 * 1024 + 1])).isEqualTo("institution.evidence.tooBig");
        assertThat(evidenceRefusal(HTML_AS_JPEG)).as("HTML behind JPEG bytes").isEqualTo("institution.evidence.type");
        assertThat(evidenceRefusal(HTML_AS_PNG)).as("HTML behind PNG bytes").isEqualTo("institution.evidence.type");
        assertThat(evidenceRefusal(SVG)).isEqualTo("institution.evidence.type");
        assertThat(evidenceRefusal("%PDF-1.7 not really".getBytes(StandardCharsets.ISO_8859_1)))
                .as("a broken PDF")
                .isEqualTo("institution.evidence.type");
        assertThat(evidenceRefusal(pngDeclaring(60_000, 60_000)))
                .as("decompression bomb")
                .isEqualTo("institution.evidence.tooLarge");
        assertThat(evidenceRefusal(TestDocuments.pdf("Decree", writer -> writer.addJavaScript("app.alert(1)"))))
                .as("PDF with a document script")
                .isEqualTo("institution.evidence.active");
        assertThat(evidenceRefusal(TestDocuments.pdf(
                        "Decree", writer -> writer.setOpenAction(PdfAction.javaScript("app.alert(1)", writer)))))
                .as("PDF with a script run on opening")
                .isEqualTo("institution.evidence.active");
        assertThat(membership.myEvidenceName()).isEmpty();

        var scan = concat(
                PhotoProcessorTest.image("png", 1200, 1600, BufferedImage.TYPE_INT_RGB),
                "Author: someone's phone".getBytes(StandardCharsets.UTF_8));
        assertThat(membership.uploadEvidence("scan.png", scan)).isEqualTo("scan.png.jpg");
        var pdf = TestDocuments.pdf("Decree of appointment");
        membership.uploadEvidence("decree.pdf", pdf);
        users.signIn(users.active("Upload admin", Role.ADMIN));
        var kept = review.evidence(institutionId).orElseThrow();
        assertThat(kept.content())
                .as("one document per institution: the last replaces the first")
                .isEqualTo(pdf);
    }

    @Test
    void anAcceptedPictureIsKeptAsAReencodedJpeg() throws Exception {
        missionFixtures.representative("Upload scanner", false);
        var institutionId = institutions.mine().orElseThrow().id();
        var scan = concat(
                PhotoProcessorTest.image("png", 1200, 1600, BufferedImage.TYPE_INT_RGB),
                "Author: someone's phone".getBytes(StandardCharsets.UTF_8));
        membership.uploadEvidence("scan.png", scan);
        users.signIn(users.active("Upload reviewer", Role.ADMIN));
        var kept = review.evidence(institutionId).orElseThrow();
        assertThat(kept.contentType()).isEqualTo("image/jpeg");
        assertThat(new String(kept.content(), StandardCharsets.ISO_8859_1)).doesNotContain("someone's phone");
    }

    private String photoRefusal(byte[] upload) {
        try {
            profiles.uploadMyPhoto(upload);
            return "accepted";
        } catch (PhotoRejectedException rejected) {
            return rejected.messageKey();
        }
    }

    private String evidenceRefusal(byte[] upload) {
        try {
            membership.uploadEvidence("file.pdf", upload);
            return "accepted";
        } catch (RefusedException refused) {
            return refused.messageKey();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length)
                .put(first)
                .put(second)
                .array();
    }

    /** A PNG whose header declares this size, with no real pixels: a decompression bomb's first bytes. */
    private static byte[] pngDeclaring(int width, int height) {
        return PhotoProcessorTest.pngHeader(width, height);
    }
}
