package org.passerelle.matching.internal;

import java.util.List;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.SimilarExperts;
import org.passerelle.directory.Viewers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Similar experts": a more-like-this search on the sectors and skills the viewer can see on a profile. */
@Component
class SimilarExpertSearch implements SimilarExperts {

    private final ExpertProfileService profiles;
    private final ExpertSearchQueries queries;
    private final Viewers viewers;

    SimilarExpertSearch(ExpertProfileService profiles, ExpertSearchQueries queries, Viewers viewers) {
        this.profiles = profiles;
        this.queries = queries;
        this.viewers = viewers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Similar> similarTo(long profileId, int limit) {
        return profiles.view(profileId)
                .filter(p -> !p.sectors().isEmpty() || !p.skills().isEmpty())
                .map(p -> queries.similar(p.id(), p.sectors(), p.skills(), viewers.current(), limit).stream()
                        .map(hit -> new Similar(hit.id(), hit.name(), hit.headline()))
                        .toList())
                .orElse(List.of());
    }
}
