package org.passerelle.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.PhotoRejectedException;
import org.slf4j.LoggerFactory;

/** The expert's photo: current picture, upload (checked and re-encoded by the service), removal. */
class PhotoField extends VerticalLayout {

    private final ExpertProfileService profiles;
    private final long profileId;
    private final Div picture = new Div();
    private final Span message = new Span();

    PhotoField(ExpertProfileService profiles, long profileId) {
        this.profiles = profiles;
        this.profileId = profileId;
        setId("profile-photo");
        setPadding(false);
        picture.addClassName("profile-photo");
        message.setId("profile-photo-message");
        message.addClassName("form-message");

        // The upload arrives on its own request, outside the page's round trips: the page polls while an upload
        // is under way, and the handler hands its outcome to the page through UI.access.
        UploadHandler handler = event -> {
            // read at most the limit: a larger upload is refused without holding it in memory
            var bytes = event.getInputStream().readNBytes(ExpertProfileService.MAX_PHOTO_BYTES + 1);
            String outcome;
            try {
                profiles.uploadMyPhoto(bytes);
                outcome = "profile.photo.saved";
            } catch (PhotoRejectedException rejected) {
                outcome = rejected.messageKey();
            } catch (RuntimeException failure) {
                LoggerFactory.getLogger(PhotoField.class).warn("Photo upload failed", failure);
                outcome = "profile.photo.failed";
            }
            var shown = outcome;
            event.getUI().access(() -> {
                showPicture(shown);
                event.getUI().setPollInterval(-1);
            });
        };
        var upload = new Upload(handler);
        upload.setId("profile-photo-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", ".jpg", ".jpeg", ".png", ".gif");
        upload.setMaxFileSize(ExpertProfileService.MAX_PHOTO_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showMessage("profile.photo.tooBig"));
        upload.addStartedListener(e -> e.getSource().getUI().ifPresent(ui -> ui.setPollInterval(500)));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        var remove = new Button(getTranslation("profile.photo.remove"), e -> {
            profiles.removeMyPhoto();
            showPicture("profile.photo.removed");
        });
        remove.setId("profile-photo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var row = new HorizontalLayout(picture, upload, remove);
        row.setAlignItems(Alignment.CENTER);
        add(row, message);
        showPicture(null);
    }

    private void showPicture(String messageKey) {
        picture.removeAll();
        var photo = profiles.photo(profileId);
        if (photo.isPresent()) {
            var image = PhotoImage.of(photo.get(), getTranslation("profile.photo.alt"));
            image.setWidth("96px");
            picture.add(image);
        } else {
            picture.add(new Span(getTranslation("profile.photo.none")));
        }
        message.setText(messageKey == null ? "" : getTranslation(messageKey));
    }

    private void showMessage(String messageKey) {
        message.setText(getTranslation(messageKey));
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("profile.photo.drop"))
                .setMany(getTranslation("profile.photo.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("profile.photo.choose"))
                .setMany(getTranslation("profile.photo.choose")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("profile.photo.one"))
                .setFileIsTooBig(getTranslation("profile.photo.tooBig"))
                .setIncorrectFileType(getTranslation("profile.photo.notImage")));
        return i18n;
    }
}
