package org.passerelle.directory.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** A profile photo (JPEG bytes, already checked and re-encoded) as an image on a page. */
final class PhotoImage {

    private PhotoImage() {}

    static Image of(byte[] jpeg, String alt) {
        return new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(jpeg), "photo.jpg", "image/jpeg", jpeg.length)),
                alt);
    }
}
