package org.passerelle.directory;

import java.util.Optional;
import org.passerelle.directory.internal.ExpertProfileRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Links profiles and accounts for other modules (server-side): who owns a profile, and what the viewer may name. */
@Component
public class ExpertAccounts {

    /** A profile and its owner's account, named as the profile names them. */
    public record ExpertRef(long profileId, long userId, String displayName) {}

    private final ExpertProfileRepository profiles;

    ExpertAccounts(ExpertProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The profile, if it exists and this viewer may see at least its name. */
    @Transactional(readOnly = true)
    public Optional<ExpertRef> visibleTo(long profileId, Viewer viewer) {
        return profiles.findById(profileId)
                .filter(p -> p.visibleTo(ProfileSection.IDENTITY, viewer))
                .map(p -> new ExpertRef(p.getId(), p.getUserId(), p.getDisplayName()));
    }

    /** The profile of an account, if the account has one. */
    @Transactional(readOnly = true)
    public Optional<ExpertRef> ofUser(long userId) {
        return profiles.findByUserId(userId).map(p -> new ExpertRef(p.getId(), p.getUserId(), p.getDisplayName()));
    }
}
