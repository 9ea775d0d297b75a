package org.passerelle.directory.web;

import java.time.Duration;
import org.passerelle.directory.ExpertProfileService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An expert's photo, for whoever may see the profile's name (the service decides); else 404. */
@RestController
class ExpertPhotos {

    private final ExpertProfileService profiles;

    ExpertPhotos(ExpertProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/experts/{id}/photo.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String id) {
        long profileId;
        try {
            profileId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        return profiles.photo(profileId)
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
