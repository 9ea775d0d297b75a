package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.NAME_SORT;
import static org.passerelle.directory.ExpertIndex.SECTOR;
import static org.passerelle.directory.ExpertIndex.SKILLS_EN;
import static org.passerelle.directory.ExpertIndex.SKILLS_FR;
import static org.passerelle.matching.internal.ExpertPredicates.visible;

import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FieldProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IdProjection;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ProjectionConstructor;
import org.passerelle.directory.ExpertIndex;
import org.passerelle.directory.ExpertProfileService;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.SimilarExperts;
import org.passerelle.directory.Viewer;
import org.passerelle.directory.Viewers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Similar experts": a more-like-this search on the sectors and skills the viewer can see on a profile (more
 * shared, higher), found only through expertise the viewer may see, the profile itself left out.
 */
@Component
class SimilarExpertSearch implements SimilarExperts {

    /** A similar expert as the index returns it. */
    @ProjectionConstructor
    record Row(
            @IdProjection long id,
            @FieldProjection(path = ExpertIndex.NAME) String name,
            @FieldProjection(path = ExpertIndex.HEADLINE_EN) String headline) {}

    private final ExpertProfileService profiles;
    private final DirectoryPredicates predicates;
    private final Viewers viewers;

    SimilarExpertSearch(ExpertProfileService profiles, DirectoryPredicates predicates, Viewers viewers) {
        this.profiles = profiles;
        this.predicates = predicates;
        this.viewers = viewers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Similar> similarTo(long profileId, int limit) {
        return profiles.view(profileId)
                .filter(p -> !p.sectors().isEmpty() || !p.skills().isEmpty())
                .map(p -> similar(p.id(), p.sectors(), p.skills(), viewers.current(), limit).stream()
                        .map(row -> new Similar(row.id(), row.name(), row.headline()))
                        .toList())
                .orElse(List.of());
    }

    List<Row> similar(long profileId, Set<String> sectors, Set<String> skills, Viewer viewer, int limit) {
        var session = predicates.session();
        var scope = DirectoryPredicates.scope(session);
        var f = scope.predicate();
        var likeThis = f.bool();
        if (!sectors.isEmpty()) {
            likeThis.should(
                    f.terms().field(SECTOR).matchingAny(sectors).boost(2f).toPredicate());
        }
        for (var skill : skills) {
            likeThis.should(f.match().field(SKILLS_EN).matching(skill).toPredicate());
            likeThis.should(f.match().field(SKILLS_FR).matching(skill).toPredicate());
        }
        var where = f.bool()
                .must(likeThis.toPredicate())
                .filter(visible(f, ProfileSection.IDENTITY, viewer))
                .filter(visible(f, ProfileSection.EXPERTISE, viewer))
                .mustNot(f.id().matching(profileId).toPredicate())
                .toPredicate();
        return session.search(scope)
                .select(Row.class)
                .where(where)
                .sort(s -> s.score().then().field(NAME_SORT))
                .fetchHits(limit);
    }
}
