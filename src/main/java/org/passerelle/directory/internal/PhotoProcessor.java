package org.passerelle.directory.internal;

import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.PhotoRejectedException;
import org.passerelle.shared.Images;

/**
 * Turns an uploaded picture into a safe profile photo ({@link Images}: type from the content, size checked before
 * decoding, redrawn as a JPEG without metadata) of at most 512 × 512 pixels.
 */
public final class PhotoProcessor {

    public static final int MAX_BYTES = ExpertProfileService.MAX_PHOTO_BYTES;
    static final int OUTPUT_SIDE = 512;

    private PhotoProcessor() {}

    public static byte[] process(byte[] upload) {
        if (upload != null && upload.length > MAX_BYTES) {
            throw new PhotoRejectedException("profile.photo.tooBig");
        }
        try {
            return Images.reencode(upload, OUTPUT_SIDE);
        } catch (Images.Rejected rejected) {
            throw new PhotoRejectedException(
                    rejected.problem() == Images.Problem.TOO_LARGE
                            ? "profile.photo.tooLarge"
                            : "profile.photo.notImage");
        }
    }
}
