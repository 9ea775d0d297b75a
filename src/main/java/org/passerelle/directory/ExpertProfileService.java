package org.passerelle.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.accounts.CurrentUser;
import org.passerelle.directory.internal.ExpertProfile;
import org.passerelle.directory.internal.ExpertProfileRepository;
import org.passerelle.directory.internal.PhotoProcessor;
import org.passerelle.directory.internal.ProfilePhoto;
import org.passerelle.directory.internal.ProfilePhotoRepository;
import org.passerelle.directory.internal.Sector;
import org.passerelle.directory.internal.SectorRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Expert profiles: an expert edits their own (and only their own); anyone reads what each section's visibility lets
 * them see.
 */
@Service
@Validated
@Transactional
public class ExpertProfileService {

    /** The largest photo upload accepted, in bytes. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    /** A country, language or sector code that is not in the reference data (only a forged request sends one). */
    public static class UnknownReferenceException extends RuntimeException {
        UnknownReferenceException(String what) {
            super("Unknown " + what);
        }
    }

    private final ExpertProfileRepository profiles;
    private final ProfilePhotoRepository photos;
    private final SectorRepository sectors;
    private final Countries countries;
    private final Languages languages;
    private final CurrentUser currentUser;
    private final Viewers viewers;
    private final Clock clock;

    ExpertProfileService(
            ExpertProfileRepository profiles,
            ProfilePhotoRepository photos,
            SectorRepository sectors,
            Countries countries,
            Languages languages,
            CurrentUser currentUser,
            Viewers viewers,
            Clock clock) {
        this.profiles = profiles;
        this.photos = photos;
        this.sectors = sectors;
        this.countries = countries;
        this.languages = languages;
        this.currentUser = currentUser;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * The signed-in expert's profile id; the profile is created, empty, on first use — in a transaction of its own, so
     * that a caller's read-only transaction does not refuse the creation (PostgreSQL does, H2 does not).
     */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long myProfileId() {
        return mine().getId();
    }

    /** The signed-in expert's profile as a form (created on first use, as {@link #myProfileId()}). */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public ProfileForm myProfile() {
        return mine().toForm();
    }

    /** Skills other experts use, most common first: suggestions for the skills field. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public List<String> suggestedSkills() {
        return profiles.popularSkills(PageRequest.of(0, 2000));
    }

    /** Saves the expert's own profile. Anyone else's is refused, whatever the caller's role. */
    @PreAuthorize("hasRole('EXPERT')")
    public void update(long profileId, @Valid ProfileForm form) {
        var profile = profiles.findById(profileId).orElseThrow(() -> new AccessDeniedException("no such profile"));
        if (profile.getUserId() != currentUser.require().id()) {
            throw new AccessDeniedException("not the owner of profile " + profileId);
        }
        checkReferences(form);
        profile.update(form, clock.instant());
    }

    /** The profile as the current viewer may see it; empty if it does not exist or its name is hidden from them. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ExpertProfileDetails> view(long profileId) {
        var viewer = viewers.current();
        return profiles.findById(profileId).map(p -> p.viewFor(viewer));
    }

    /** Replaces the signed-in expert's photo; refused with a reason unless it is a real, reasonable picture. */
    @PreAuthorize("hasRole('EXPERT')")
    public void uploadMyPhoto(byte[] upload) {
        var photo = PhotoProcessor.process(upload);
        var id = mine().getId();
        photos.findById(id)
                .ifPresentOrElse(
                        existing -> existing.replace(photo, clock.instant()),
                        () -> photos.save(new ProfilePhoto(id, photo, clock.instant())));
    }

    @PreAuthorize("hasRole('EXPERT')")
    public void removeMyPhoto() {
        photos.deleteById(mine().getId());
    }

    /** A profile's photo (JPEG), if it has one and the viewer may see the profile's name and headline. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(long profileId) {
        var viewer = viewers.current();
        return profiles.findById(profileId)
                .filter(p -> p.visibleTo(ProfileSection.IDENTITY, viewer))
                .flatMap(p -> photos.findById(profileId))
                .map(ProfilePhoto::content);
    }

    private ExpertProfile mine() {
        var user = currentUser.require();
        return profiles.findByUserId(user.id())
                .orElseGet(() -> profiles.save(new ExpertProfile(user.id(), user.displayName(), clock.instant())));
    }

    private void checkReferences(ProfileForm form) {
        if (form.getResidenceCountry() != null && !countries.isKnown(form.getResidenceCountry())) {
            throw new UnknownReferenceException("country");
        }
        if (!form.getHeritageCountries().stream().allMatch(countries::isKnown)) {
            throw new UnknownReferenceException("country");
        }
        if (!form.getLanguages().stream().allMatch(l -> languages.isKnown(l.language()))) {
            throw new UnknownReferenceException("language");
        }
        if (!sectorCodes().containsAll(form.getSectors())) {
            throw new UnknownReferenceException("sector");
        }
    }

    private Collection<String> sectorCodes() {
        return sectors.findAll().stream().map(Sector::getCode).collect(Collectors.toSet());
    }
}
