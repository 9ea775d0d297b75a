package org.passerelle.matching.internal;

import static org.passerelle.directory.ExpertIndex.USER_ID;
import static org.passerelle.directory.ExpertIndex.visibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.passerelle.directory.ConceptIndexing;
import org.passerelle.directory.ProfileSection;
import org.passerelle.directory.Viewer;

/**
 * Predicates the expert queries share: "the viewer may see that section" paired with every clause that touches it,
 * and/or, and the concepts a profile's visible sections mention.
 */
final class ExpertPredicates {

    /** How much a concept counts by the section naming it: what people list as skills says most. */
    static final Map<ProfileSection, Float> CONCEPT_SECTIONS = Map.of(
            ProfileSection.EXPERTISE, 3f,
            ProfileSection.IDENTITY, 3f,
            ProfileSection.EXPERIENCE, 2f,
            ProfileSection.QUALIFICATIONS, 1.5f,
            ProfileSection.BIO, 1.5f);

    /** Matches and scores on {@code scoring}, restricted by {@code filter} without scoring. */
    static SearchPredicate scored(SearchPredicateFactory f, SearchPredicate scoring, SearchPredicate filter) {
        return f.bool().must(scoring).filter(filter).toPredicate();
    }

    /** The viewer may see this section: its visibility allows them, or the profile is theirs. */
    static SearchPredicate visible(SearchPredicateFactory f, ProfileSection section, Viewer viewer) {
        var allowed = f.terms().field(visibility(section)).matchingAny(List.copyOf(viewer.visibleLevels()));
        if (viewer.userId() == null) {
            return allowed.toPredicate();
        }
        return any(
                f,
                allowed.toPredicate(),
                f.match().field(USER_ID).matching(viewer.userId()).toPredicate());
    }

    /**
     * A section the viewer may see mentions one of these concepts ({@code field}: {@link ConceptIndexing#CONCEPT}
     * for the concept itself, {@link ConceptIndexing#CONCEPT_WIDE} for a narrower one), scoring {@code weight} times
     * the section's weight.
     */
    static SearchPredicate concepts(
            SearchPredicateFactory f, String field, Collection<String> conceptIds, float weight, Viewer viewer) {
        var any = new ArrayList<SearchPredicate>();
        CONCEPT_SECTIONS.forEach((section, sectionWeight) -> {
            var terms = ConceptIndexing.terms(section.name(), conceptIds);
            any.add(scored(
                    f,
                    f.terms()
                            .field(field)
                            .matchingAny(terms)
                            .constantScore()
                            .boost(weight * sectionWeight)
                            .toPredicate(),
                    visible(f, section, viewer)));
        });
        return any(f, any.toArray(SearchPredicate[]::new));
    }

    static SearchPredicate all(SearchPredicateFactory f, SearchPredicate... predicates) {
        var and = f.and();
        for (var predicate : predicates) {
            and.add(predicate);
        }
        return and.toPredicate();
    }

    static SearchPredicate any(SearchPredicateFactory f, SearchPredicate... predicates) {
        var or = f.or();
        for (var predicate : predicates) {
            or.add(predicate);
        }
        return or.toPredicate();
    }

    private ExpertPredicates() {}
}
