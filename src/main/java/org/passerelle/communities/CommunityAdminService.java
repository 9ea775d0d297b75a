package org.passerelle.communities;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Set;
import org.passerelle.communities.internal.Community;
import org.passerelle.communities.internal.CommunityRepository;
import org.passerelle.directory.SectorInfo;
import org.passerelle.directory.SectorService;
import org.passerelle.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Administrators create the communities (one per sector), describe them and choose their moderators. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CommunityAdminService {

    private final CommunityRepository communities;
    private final SectorService sectors;
    private final Clock clock;

    CommunityAdminService(CommunityRepository communities, SectorService sectors, Clock clock) {
        this.communities = communities;
        this.sectors = sectors;
        this.clock = clock;
    }

    public long create(@Valid CommunityForm form) {
        if (sectors.active().stream().map(SectorInfo::code).noneMatch(form.getSectorCode()::equals)) {
            throw new RefusedException("community.sector.required");
        }
        if (communities.findBySectorCode(form.getSectorCode()).isPresent()) {
            throw new RefusedException("community.sector.taken");
        }
        var community = new Community(form.getSectorCode(), clock.instant());
        describe(community, form);
        return communities.save(community).getId();
    }

    public void update(long communityId, @Valid CommunityForm form) {
        describe(find(communityId), form);
    }

    @Transactional(readOnly = true)
    public Set<Long> moderators(long communityId) {
        return Set.copyOf(find(communityId).getModerators());
    }

    /** Replaces the community's moderators (account ids). */
    public void setModerators(long communityId, Set<Long> moderators) {
        var community = find(communityId);
        community.getModerators().clear();
        community.getModerators().addAll(moderators);
    }

    private static void describe(Community community, CommunityForm form) {
        community.describe(
                form.getNameEn(),
                form.getNameFr(),
                form.getDescriptionEn(),
                form.getDescriptionFr(),
                form.isOpenMembership(),
                form.getTags());
    }

    private Community find(long communityId) {
        return communities.findById(communityId).orElseThrow(() -> new RefusedException("community.none"));
    }
}
